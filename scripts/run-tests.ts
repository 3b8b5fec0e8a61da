/**
 * `npm test`: every test, phase by phase, in the order each needs the one before (the build before
 * the link checks and browser tests, the lab checker's engine before the tests that need one).
 * Stops at the first phase that fails, and ends with each phase's seconds, so a slow run shows
 * where its time went.
 */
import {spawn} from 'node:child_process';
import {PHASES, timingTable, type PhaseResult} from './lib/test-phases';

function runScript(script: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], {stdio: 'inherit'});
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<number> {
  const results: PhaseResult[] = [];
  for (const phase of PHASES) {
    const started = Date.now();
    console.log(`\n> npm run ${phase}`);
    const code = await runScript(phase);
    results.push({phase, seconds: (Date.now() - started) / 1000, code});
    if (code !== 0) break;
  }
  console.log(`\n${timingTable(results)}`);
  return results.at(-1)?.code ?? 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
