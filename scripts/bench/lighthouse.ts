/**
 * Lighthouse scores of the built site, the way a phone on a slow network sees it: Lighthouse's
 * default mobile run (simulated throttling) of each page, served gzipped from the build as a
 * static host serves it (`docusaurus serve` does not compress). One Chromium for every page.
 */
import path from 'node:path';
import {launch} from 'chrome-launcher';
import lighthouse from 'lighthouse';
import {chromiumArgs, systemChromium} from '../lib/chromium';
import {serveStatic} from '../lib/static-server';
import type {Figure} from './site';

/** The categories Lighthouse scores, as its report names them. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface PageScores {
  readonly label: string;
  readonly path: string;
  /** 0–100 per category; null where Lighthouse could not score it. */
  readonly scores: Readonly<Record<Category, number | null>>;
  /** Audits of a category below 100 that failed, by id, for the note under the figures. */
  readonly failing: readonly string[];
}

const siteDir = path.resolve(import.meta.dirname, '../..');

export async function measureLighthouse(pages: Readonly<Record<string, string>>, buildDir = path.join(siteDir, 'build')): Promise<PageScores[]> {
  const server = await serveStatic(buildDir, '/', {gzip: true});
  // Lighthouse drives the browser over the DevTools protocol, so it starts its own (chrome-launcher).
  const chrome = await launch({chromePath: systemChromium, chromeFlags: ['--headless=new', ...chromiumArgs]});
  const results: PageScores[] = [];
  try {
    for (const [label, pagePath] of Object.entries(pages)) {
      const run = await lighthouse(`${server.origin}${pagePath}`, {port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES]});
      if (!run) throw new Error(`Lighthouse gave no result for ${pagePath}`);
      const {lhr} = run;
      if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${pagePath}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(
        CATEGORIES.map((id) => {
          const score = lhr.categories[id]?.score;
          return [id, typeof score === 'number' ? Math.round(score * 100) : null];
        }),
      ) as Record<Category, number | null>;
      const failing = CATEGORIES.flatMap((id) =>
        (lhr.categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit !== undefined && typeof audit.score === 'number' && audit.score < 0.9)
          .map((audit) => `${id}: ${audit!.id} (${Math.round((audit!.score ?? 0) * 100)})`),
      );
      results.push({label, path: pagePath, scores, failing});
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return results;
}

/** The scores as figures for the benchmark's table. */
export function lighthouseFigures(results: readonly PageScores[]): Figure[] {
  return results.flatMap((page) =>
    CATEGORIES.map((id) => ({name: `Lighthouse (mobile, gzip) ${id}: ${page.label} (${page.path})`, value: page.scores[id] ?? Number.NaN, unit: '/ 100'})),
  );
}
