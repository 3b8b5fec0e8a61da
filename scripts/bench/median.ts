/** The median the bench reports for repeated measurements. */

/** The middle value (the lower middle of an even count); values without a measurement (null) are left out. */
export function median(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (known.length === 0) return null;
  return known[Math.floor((known.length - 1) / 2)]!;
}
