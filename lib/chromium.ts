/** Launch options for headless Chromium, shared by the browser tests' config and the benchmarks. */
import {existsSync} from 'node:fs';

/** Debian's Chromium where installed; otherwise undefined, and Playwright uses its own browser. */
export const systemChromium: string | undefined = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

/** Flags for machines whose only network is a package registry: no background traffic, no sandbox as root. */
export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Debian's Chromium, or else the one `npx playwright install chromium` put in Playwright's cache (as on GitHub's runners). */
export async function findChromium(): Promise<string | undefined> {
  if (systemChromium) return systemChromium;
  try {
    const {chromium} = await import('playwright-core');
    const installed = chromium.executablePath();
    return existsSync(installed) ? installed : undefined;
  } catch {
    return undefined;
  }
}
