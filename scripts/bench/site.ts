/** Site figures: production build time and what a first visit downloads. */
import {spawnSync} from 'node:child_process';
import {gzipSync} from 'node:zlib';
import path from 'node:path';
import {chromium} from '@playwright/test';
import {chromiumArgs, systemChromium} from '../lib/chromium';
import {serveBuild} from '../lib/serve-build';

export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
}

const siteDir = path.resolve(import.meta.dirname, '../..');

/** Runs a clean production build and returns its wall-clock seconds. */
export function measureBuild(): Figure {
  const docusaurus = path.join(siteDir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
  spawnSync(process.execPath, [docusaurus, 'clear'], {cwd: siteDir, stdio: 'ignore'});
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [docusaurus, 'build'], {cwd: siteDir, stdio: 'ignore'});
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error('The production build failed: run "npm run build" to see why.');
  return {name: 'production build (clean)', value: round(seconds, 1), unit: 's'};
}

interface Weight {
  js: number;
  css: number;
}

/** Gzip bytes of the JS and CSS a first visit (empty cache) to each path downloads, until the network is idle. */
export async function measureFirstVisits(paths: Record<string, string>): Promise<Figure[]> {
  const site = await serveBuild();
  const browser = await chromium.launch({executablePath: systemChromium, args: [...chromiumArgs]});
  const figures: Figure[] = [];
  try {
    for (const [label, pagePath] of Object.entries(paths)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const weight: Weight = {js: 0, css: 0};
      const downloads: {url: string; kind: keyof Weight}[] = [];
      page.on('response', (response) => {
        const type = response.request().resourceType();
        if (type === 'script' || type === 'stylesheet') downloads.push({url: response.url(), kind: type === 'script' ? 'js' : 'css'});
      });
      await page.goto(`${site.url}${pagePath}`, {waitUntil: 'networkidle'});
      // Bodies are fetched again rather than read from the page: the browser may have dropped them.
      for (const {url, kind} of downloads) {
        weight[kind] += gzipSync(await (await context.request.get(url)).body(), {level: 9}).length;
      }
      figures.push({name: `first visit to ${label} (${pagePath}): JS, gzip`, value: weight.js, unit: 'bytes'});
      figures.push({name: `first visit to ${label} (${pagePath}): CSS, gzip`, value: weight.css, unit: 'bytes'});
      await context.close();
    }
  } finally {
    await browser.close();
    await site.stop();
  }
  return figures;
}

export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
