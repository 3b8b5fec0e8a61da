/**
 * Lighthouse scores of the built site, the way a phone on a slow network sees it: Lighthouse's
 * default mobile run (simulated throttling) of each page, served gzipped from the build as a
 * static host serves it (lib/static-server.ts). One Chromium for every page.
 * Its desktop run measures what a phone never sees: a deck presenting (a phone held upright reads
 * a deck as a document, src/components/Deck/whenSlidesWanted.ts).
 * Each page is run several times and each figure is the median: single runs of one build differ
 * by 10 to 25 points on a busy machine. Given two builds (`--before=<ref>`, before.ts), the runs
 * take turns, one build's then the other's, so a busy spell of the machine falls on both alike.
 */
import {createRequire} from 'node:module';
import path from 'node:path';
import {launch} from 'chrome-launcher';
import lighthouse, {type Flags} from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import {chromiumArgs, systemChromium} from '../../lib/chromium';
import {DEFAULT_CPU_SLOWDOWN} from './cpu-slowdown';
import {serveStatic} from '../../lib/static-server';
import {median} from './median';
import type {Figure} from './site';

/** The categories Lighthouse scores, as its report names them. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The Lighthouse that measures, as its package says (scores move between its major versions). */
export const lighthouseVersion = (createRequire(import.meta.url)('lighthouse/package.json') as {version: string}).version;
export type Category = (typeof CATEGORIES)[number];

/** Lighthouse's two presets: a mid-range phone on a slow 4G network, or a desktop on a fast one. */
export type FormFactor = 'mobile' | 'desktop';

/** Runs per page; the figures are their medians. */
export const LIGHTHOUSE_RUNS = 3;

/** A built site to measure, by the name the figures give it. */
export interface Build {
  readonly name: string;
  readonly dir: string;
}

export interface PageScores {
  /** The build measured: its name (see Build). */
  readonly build: string;
  readonly label: string;
  readonly path: string;
  readonly formFactor: FormFactor;
  /** 0–100 per category, the median of the runs; null where Lighthouse could not score it. */
  readonly scores: Readonly<Record<Category, number | null>>;
  /** Each run's performance score, in the order they ran. */
  readonly performanceRuns: readonly (number | null)[];
  /** Total blocking time in ms, the median of the runs: the audit that decides most of the score here. */
  readonly totalBlockingTime: number;
  /** Audits under 90 in the run with the median performance, by id, for the note under the figures. */
  readonly failing: readonly string[];
  /** Each run's `benchmarkIndex`, Lighthouse's measure of the machine's speed then: low means a busy machine. */
  readonly benchmarkIndexes: readonly number[];
}

interface Run {
  readonly scores: Record<Category, number | null>;
  readonly totalBlockingTime: number;
  readonly failing: string[];
  readonly benchmarkIndex: number;
}

const siteDir = path.resolve(import.meta.dirname, '../..');

async function runOnce(url: string, port: number, formFactor: FormFactor, cpuSlowdown: number): Promise<Run> {
  const flags: Flags = {port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES]};
  // Lighthouse merges a partial `throttling` with its preset's. The desktop preset keeps its own (1×).
  if (formFactor === 'mobile') flags.throttling = {cpuSlowdownMultiplier: cpuSlowdown};
  const run = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
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
  return {
    scores,
    totalBlockingTime: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN),
    failing,
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
  };
}

/** This checkout's build (`npm run build`). */
export const CURRENT_BUILD: Build = {name: 'this build', dir: path.join(siteDir, 'build')};

function pageScores(build: string, label: string, pagePath: string, formFactor: FormFactor, done: readonly Run[]): PageScores {
  const performanceRuns = done.map((run) => run.scores.performance);
  const middle = median(performanceRuns);
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, median(done.map((run) => run.scores[id]))])) as Record<
    Category,
    number | null
  >;
  const failing = done.find((run) => run.scores.performance === middle)?.failing ?? done[0]!.failing;
  const totalBlockingTime = median(done.map((run) => run.totalBlockingTime)) ?? Number.NaN;
  const benchmarkIndexes = done.map((run) => run.benchmarkIndex);
  return {build, label, path: pagePath, formFactor, scores, performanceRuns, totalBlockingTime, failing, benchmarkIndexes};
}

/** Each page of each build, `runs` times; per page, the builds' runs take turns. */
export async function measureLighthouse(
  pages: Readonly<Record<string, string>>,
  runs = LIGHTHOUSE_RUNS,
  builds: readonly Build[] = [CURRENT_BUILD],
  formFactor: FormFactor = 'mobile',
  cpuSlowdown = DEFAULT_CPU_SLOWDOWN,
): Promise<PageScores[]> {
  const servers = await Promise.all(builds.map((build) => serveStatic(build.dir)));
  // Lighthouse drives the browser over the DevTools protocol, so it starts its own (chrome-launcher).
  const chrome = await launch({chromePath: systemChromium, chromeFlags: ['--headless=new', ...chromiumArgs]});
  const results: PageScores[] = [];
  try {
    for (const [label, pagePath] of Object.entries(pages)) {
      const done: Run[][] = builds.map(() => []);
      for (let i = 0; i < runs; i++) {
        for (const [b, server] of servers.entries())
          done[b]!.push(await runOnce(`${server.origin}${pagePath}`, chrome.port, formFactor, cpuSlowdown));
      }
      builds.forEach((build, b) => results.push(pageScores(build.name, label, pagePath, formFactor, done[b]!)));
    }
  } finally {
    chrome.kill();
    await Promise.all(servers.map((server) => server.close()));
  }
  return results;
}

/**
 * Two builds side by side, a line per page: each build's performance run by run, its median and
 * its median total blocking time. Empty when only one build was measured.
 */
export function lighthouseSideBySide(results: readonly PageScores[]): string {
  const builds = [...new Set(results.map((page) => page.build))];
  if (builds.length < 2) return '';
  const paths = [...new Set(results.map((page) => page.path))];
  const cell = (page: PageScores | undefined) =>
    page
      ? `${String(page.scores.performance ?? '–').padStart(3)} (${page.performanceRuns.map((s) => s ?? '–').join(', ')}), TBT ${page.totalBlockingTime} ms`
      : '–';
  const width = Math.max(...paths.map((p) => p.length));
  const lines = paths.map(
    (pagePath) =>
      `${pagePath.padEnd(width)}  ${builds.map((build) => cell(results.find((page) => page.build === build && page.path === pagePath)).padEnd(34)).join('  ')}`,
  );
  return [`${''.padEnd(width)}  ${builds.map((build) => build.padEnd(34)).join('  ')}`, ...lines].join('\n    ');
}

/** Which build a figure is of, where it is not this checkout's. */
const buildNote = (page: PageScores) => (page.build === CURRENT_BUILD.name ? '' : `, ${page.build}`);

/** The scores as figures for the benchmark's table. */
export function lighthouseFigures(results: readonly PageScores[]): Figure[] {
  return results.flatMap((page) => [
    ...CATEGORIES.map((id) => ({
      name: `Lighthouse (${page.formFactor}, gzip) ${id}: ${page.label} (${page.path})${buildNote(page)}`,
      value: page.scores[id] ?? Number.NaN,
      unit: '/ 100',
    })),
    {
      name: `Lighthouse (${page.formFactor}, gzip) total blocking time: ${page.label} (${page.path})${buildNote(page)}`,
      value: page.totalBlockingTime,
      unit: 'ms',
    },
  ]);
}

/** Each page's performance score run by run, with how fast the machine was, for the note under the figures. */
export function lighthouseSpread(results: readonly PageScores[]): string {
  return results
    .map(
      (page) =>
        `${page.path}${buildNote(page)}: ${page.performanceRuns.map((score) => score ?? '–').join(', ')} (machine's benchmark index: ${page.benchmarkIndexes.join(', ')})`,
    )
    .join('\n    ');
}
