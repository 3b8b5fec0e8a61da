/**
 * `--cpu-slowdown=N`: the CPU slowdown Lighthouse's mobile runs simulate. Its preset, 4, is meant
 * for a fast desktop; on a machine faster still (a high `benchmarkIndex`) the main thread's work
 * shrinks under it and every page scores near 100, so a higher value shows what a slower phone
 * or a busier machine would: the blocking work that is left, and whether a change reduced it.
 */

/** Lighthouse's mobile preset. */
export const DEFAULT_CPU_SLOWDOWN = 4;

/** The slowdown the arguments ask for, or the preset. */
export function cpuSlowdown(argv: readonly string[]): number {
  const given = argv.find((a) => a.startsWith('--cpu-slowdown='))?.slice('--cpu-slowdown='.length);
  if (given === undefined) return DEFAULT_CPU_SLOWDOWN;
  const value = Number(given);
  if (given.trim() === '' || !Number.isFinite(value) || value < 1 || value > 20) {
    throw new Error(`--cpu-slowdown takes a number from 1 to 20 (Lighthouse's mobile preset is ${DEFAULT_CPU_SLOWDOWN}), not "${given}"`);
  }
  return value;
}
