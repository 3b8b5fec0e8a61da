/** The JSON report (`build/labs-report.json`) and the figures `npm run bench` takes from it. */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {LabCheckKind} from '../../lib/labs/manifest';
import type {PypiCacheFigures} from './standins/pypi-cache/cache';

export type CheckStatus = 'pass' | 'fail' | 'skip';

export interface CheckReport {
  readonly name: string;
  readonly kind: LabCheckKind | 'starter' | 'build' | 'manifest' | 'lint' | 'picture';
  readonly status: CheckStatus;
  readonly seconds: number;
  /** Why it failed (or was skipped); absent on a pass. */
  readonly reason?: string;
  /** A step that passed through an equivalent: the command that ran instead of the one shown. */
  readonly ranInstead?: string;
  /** A step run as shown: its "you should see" box, as this run printed it (lib/labs/boxes.ts). */
  readonly box?: {readonly step: string; readonly text: string};
}

export interface ImageReport {
  readonly name: string;
  readonly tag: string;
  readonly sizeBytes: number;
  /** The size above the final stage's base image: the lab's own layers. */
  readonly ownBytes?: number;
  readonly buildSeconds: number;
}

export interface LabReport {
  readonly id: string;
  readonly title: string;
  /** 'skip': nothing failed, but none of the lab's own checks ran here, so nothing is proven. */
  readonly status: LabStatus;
  /** Checks not run here, each with its reason in `checks`: a pass with skips says so. */
  readonly skipped: number;
  /** Steps proved through an equivalent command (`ranInstead`), not exactly as shown. */
  readonly equivalents: number;
  readonly seconds: number;
  readonly images: readonly ImageReport[];
  readonly checks: readonly CheckReport[];
}

export interface StandInReport {
  readonly image: string;
  readonly hash: string;
  readonly built: boolean;
  readonly seconds: number;
}

export interface LabsReport {
  readonly schemaVersion: 1;
  readonly startedAt: string;
  readonly seconds: number;
  readonly ok: boolean;
  /** 'online': real images and PyPI; 'offline': stand-in images in a private daemon. */
  readonly world: 'online' | 'offline' | 'unknown';
  readonly engine: {
    readonly kind: 'existing' | 'private' | 'none';
    readonly serverVersion: string;
    /** What `docker build` used: "BuildKit (buildx 0.13.1)" or "classic". */
    readonly builder: string;
    readonly composeVersion?: string;
  };
  /** True offline: image sizes are built on stand-ins, not what students download. */
  readonly sizesAreStandInSizes: boolean;
  /** Seconds spent getting the engine, base images and stand-ins ready. */
  readonly setupSeconds: number;
  readonly standIns: readonly StandInReport[];
  /** Where stand-ins are used: what the run's PyPI cache served, and what it fetched from PyPI. */
  readonly pypiCache?: PypiCacheFigures;
  readonly labs: readonly LabReport[];
  /** Set when the run could not start (no engine, bad manifest…). */
  readonly error?: string;
}

export type LabStatus = 'pass' | 'fail' | 'skip';

/** The checks every lab gets before its own: they prove the material, not that the lab works. */
const PRELIMINARY: ReadonlySet<CheckReport['kind']> = new Set(['manifest', 'lint', 'starter', 'build']);

/** A failure fails the lab; a lab none of whose own checks passed is skipped, never passed. */
export function labStatus(checks: readonly CheckReport[]): LabStatus {
  if (checks.some((check) => check.status === 'fail')) return 'fail';
  return checks.some((check) => !PRELIMINARY.has(check.kind) && check.status === 'pass') ? 'pass' : 'skip';
}

/** "pass", "pass, 2 skipped, 1 through an equivalent" or "FAIL": what a lab's result line says. */
export function labVerdict(lab: Pick<LabReport, 'status' | 'skipped' | 'equivalents'>): string {
  if (lab.status === 'fail') return 'FAIL';
  if (lab.status === 'skip') return `NOT PROVEN: all ${lab.skipped} of its checks skipped`;
  const extras = [
    lab.skipped > 0 ? `${lab.skipped} skipped` : '',
    lab.equivalents > 0 ? `${lab.equivalents} through an equivalent` : '',
  ].filter(Boolean);
  return ['pass', ...extras].join(', ');
}

export function reportOk(report: Pick<LabsReport, 'labs' | 'error'>): boolean {
  return report.error === undefined && report.labs.length > 0 && report.labs.every((lab) => lab.status === 'pass');
}

export function writeReport(report: LabsReport, file: string): void {
  mkdirSync(path.dirname(file), {recursive: true});
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}

export function readReport(file: string): LabsReport {
  return JSON.parse(readFileSync(file, 'utf8')) as LabsReport;
}

export interface BenchFigures {
  readonly world: LabsReport['world'];
  readonly totalSeconds: number;
  readonly setupSeconds: number;
  readonly labs: readonly {readonly id: string; readonly seconds: number}[];
  readonly images: readonly {readonly lab: string; readonly name: string; readonly sizeBytes: number; readonly ownBytes?: number}[];
  /** What the sizes mean, to print next to them. */
  readonly sizeNote: string;
}

/** What `npm run bench` prints about labs: one run is cold or warm depending on the cache. */
export function benchFigures(report: LabsReport): BenchFigures {
  return {
    world: report.world,
    totalSeconds: report.seconds,
    setupSeconds: report.setupSeconds,
    labs: report.labs.map((lab) => ({id: lab.id, seconds: lab.seconds})),
    images: report.labs.flatMap((lab) =>
      lab.images.map((image) => ({lab: lab.id, name: image.name, sizeBytes: image.sizeBytes, ownBytes: image.ownBytes})),
    ),
    sizeNote: report.sizesAreStandInSizes
      ? "offline figures, built on stand-in base images; each image's own layers (its packages from PyPI and its files) are what a student's build adds to the official base"
      : 'built on the official base images',
  };
}
