/** The JSON report (`build/labs-report.json`) and the figures `npm run bench` takes from it. */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {LabCheckKind} from './manifest';

export type CheckStatus = 'pass' | 'fail' | 'skip';

export interface CheckReport {
  readonly name: string;
  readonly kind: LabCheckKind | 'starter' | 'build' | 'manifest' | 'lint';
  readonly status: CheckStatus;
  readonly seconds: number;
  /** Why it failed (or was skipped); absent on a pass. */
  readonly reason?: string;
}

export interface ImageReport {
  readonly name: string;
  readonly tag: string;
  readonly sizeBytes: number;
  readonly buildSeconds: number;
}

export interface LabReport {
  readonly id: string;
  readonly title: string;
  readonly status: 'pass' | 'fail';
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
    readonly composeVersion?: string;
  };
  /** True offline: image sizes are built on stand-ins, not what students download. */
  readonly sizesAreStandInSizes: boolean;
  /** Seconds spent getting the engine, base images and stand-ins ready. */
  readonly setupSeconds: number;
  readonly standIns: readonly StandInReport[];
  readonly labs: readonly LabReport[];
  /** Set when the run could not start (no engine, bad manifest…). */
  readonly error?: string;
}

export function labStatus(checks: readonly CheckReport[]): 'pass' | 'fail' {
  return checks.some((check) => check.status === 'fail') ? 'fail' : 'pass';
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
  readonly images: readonly {readonly lab: string; readonly name: string; readonly sizeBytes: number}[];
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
    images: report.labs.flatMap((lab) => lab.images.map((image) => ({lab: lab.id, name: image.name, sizeBytes: image.sizeBytes}))),
    sizeNote: report.sizesAreStandInSizes
      ? 'offline figures: built on stand-in base images, not the sizes students download'
      : 'built on the official base images',
  };
}
