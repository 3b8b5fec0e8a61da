/**
 * Lighthouse scores of the built site, the way a phone on a slow network sees it: Lighthouse's
 * default mobile run (simulated throttling) of each page, served gzipped from the build as a
 * static host serves it (`docusaurus serve` does not compress). One Chromium for every page.
 * Each page is run several times and each figure is the median: single runs of one build differ
 * by 10 to 25 points on a busy machine.
 */
import {createRequire} from 'node:module';
import path from 'node:path';
import {launch} from 'chrome-launcher';
import lighthouse from 'lighthouse';
import {chromiumArgs, systemChromium} from '../lib/chromium';
import {serveStatic} from '../lib/static-server';
import {median} from './median';
import type {Figure} from './site';

/** The categories Lighthouse scores, as its report names them. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The Lighthouse that measures, as its package says (scores move between its major versions). */
export const lighthouseVersion = (createRequire(import.meta.url)('lighthouse/package.json') as {version: string}).version;
export type Category = (typeof CATEGORIES)[number];

/** Runs per page; the figures are their medians. */
export const LIGHTHOUSE_RUNS = 3;

export interface PageScores {
  readonly label: string;
  readonly path: string;
  /** 0–100 per category, the median of the runs; null where Lighthouse could not score it. */
  readonly scores: Readonly<Record<Category, number | null>>;
  /** Each run's performance score, in the order they ran. */
  readonly performanceRuns: readonly (number | null)[];
  /** Total blocking time in ms, the median of the runs: the audit that decides most of the score here. */
  readonly totalBlockingTime: number;
  /** Audits under 90 in the run with the median performance, by id, for the note under the figures. */
  readonly failing: readonly string[];
}

interface Run {
  readonly scores: Record<Category, number | null>;
  readonly totalBlockingTime: number;
  readonly failing: string[];
}

const siteDir = path.resolve(import.meta.dirname, '../..');

async function runOnce(url: string, port: number): Promise<Run> {
  const run = await lighthouse(url, {port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES]});
  if (!run) throw new Error(`Lighthouse gave no result for ${url}`);
  const {lhr} = run;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
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
  return {scores, totalBlockingTime: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN), failing};
}

export async function measureLighthouse(pages: Readonly<Record<string, string>>, runs = LIGHTHOUSE_RUNS, buildDir = path.join(siteDir, 'build')): Promise<PageScores[]> {
  const server = await serveStatic(buildDir, '/', {gzip: true});
  // Lighthouse drives the browser over the DevTools protocol, so it starts its own (chrome-launcher).
  const chrome = await launch({chromePath: systemChromium, chromeFlags: ['--headless=new', ...chromiumArgs]});
  const results: PageScores[] = [];
  try {
    for (const [label, pagePath] of Object.entries(pages)) {
      const done: Run[] = [];
      for (let i = 0; i < runs; i++) done.push(await runOnce(`${server.origin}${pagePath}`, chrome.port));
      const performanceRuns = done.map((run) => run.scores.performance);
      const middle = median(performanceRuns);
      const scores = Object.fromEntries(CATEGORIES.map((id) => [id, median(done.map((run) => run.scores[id]))])) as Record<Category, number | null>;
      const failing = done.find((run) => run.scores.performance === middle)?.failing ?? done[0]!.failing;
      const totalBlockingTime = median(done.map((run) => run.totalBlockingTime)) ?? Number.NaN;
      results.push({label, path: pagePath, scores, performanceRuns, totalBlockingTime, failing});
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return results;
}

/** The scores as figures for the benchmark's table. */
export function lighthouseFigures(results: readonly PageScores[]): Figure[] {
  return results.flatMap((page) => [
    ...CATEGORIES.map((id) => ({name: `Lighthouse (mobile, gzip) ${id}: ${page.label} (${page.path})`, value: page.scores[id] ?? Number.NaN, unit: '/ 100'})),
    {name: `Lighthouse (mobile, gzip) total blocking time: ${page.label} (${page.path})`, value: page.totalBlockingTime, unit: 'ms'},
  ]);
}

/** Each page's performance score run by run, for the note under the figures. */
export function lighthouseSpread(results: readonly PageScores[]): string {
  return results.map((page) => `${page.path}: ${page.performanceRuns.map((score) => score ?? '–').join(', ')}`).join('\n    ');
}
