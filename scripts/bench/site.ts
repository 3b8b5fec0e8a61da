/** Site figures: production build time and what a first visit downloads. */
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {chromium} from '@playwright/test';
import {chromiumArgs, systemChromium} from '../../lib/chromium';
import {serveStatic} from '../../lib/static-server';
import {firstVisit} from './first-visit';

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

/** Gzip bytes of the JS and CSS a first visit (empty cache) to each path downloads, until the page is ready and the network quiet. */
export async function measureFirstVisits(paths: Record<string, string>): Promise<Figure[]> {
  const site = await serveStatic(path.join(siteDir, 'build'));
  const browser = await chromium.launch({executablePath: systemChromium, args: [...chromiumArgs]});
  const figures: Figure[] = [];
  try {
    for (const [label, pagePath] of Object.entries(paths)) {
      const visit = await firstVisit(browser, `${site.origin}${pagePath}`);
      figures.push({name: `first visit to ${label} (${pagePath}): JS, gzip`, value: visit.js, unit: 'bytes'});
      figures.push({name: `first visit to ${label} (${pagePath}): CSS, gzip`, value: visit.css, unit: 'bytes'});
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return figures;
}

export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
