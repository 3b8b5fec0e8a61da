/** Serves the production build on loopback for the time of a measurement, the way `npm run serve` does. */
import {spawn, type ChildProcess} from 'node:child_process';
import path from 'node:path';

export interface RunningSite {
  readonly url: string;
  stop(): Promise<void>;
}

const siteDir = path.resolve(import.meta.dirname, '../..');

async function waitForHttp(url: string, timeoutMs: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The site server exited with code ${child.exitCode} before it answered.`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The site server did not answer at ${url} within ${timeoutMs / 1000} s.`);
}

export async function serveBuild(port = 4174): Promise<RunningSite> {
  const docusaurus = path.join(siteDir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
  const child = spawn(process.execPath, [docusaurus, 'serve', '--port', String(port), '--host', '127.0.0.1', '--no-open'], {
    cwd: siteDir,
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${url}/`, 30_000, child);
  } catch (error) {
    child.kill();
    throw error;
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
