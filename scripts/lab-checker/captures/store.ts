/**
 * The boxes on disk: each lab's committed `captured.json` beside its `lab.ts`, and this run's boxes,
 * read from the checker's report (build/labs-report.json), where each step run as shown left its box.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {isSequenceSkip} from '../checks/outcome';
import type {LabReport} from '../report';
import {CAPTURED_FILE, type CapturedBoxes, type CapturedFile} from '../../../lib/labs/boxes';

/**
 * This run's boxes of a lab, by step id in the page's order; undefined when its steps did not all
 * run (a failure stopped them), as a partial set says nothing about the boxes it lacks.
 */
export function runBoxes(lab: LabReport): CapturedBoxes | undefined {
  const steps = lab.checks.filter((check) => check.kind === 'steps');
  if (steps.length === 0 || steps.some((check) => check.status === 'fail' || (check.status === 'skip' && isSequenceSkip(check.reason))))
    return undefined;
  return Object.fromEntries(steps.flatMap((check) => (check.box ? [[check.box.step, check.box.text] as const] : [])));
}

export function capturedFile(labsDir: string, labId: string): string {
  return path.join(labsDir, ...labId.split('/'), CAPTURED_FILE);
}

/** A lab's committed boxes; none when it has no file yet. */
export function readCaptured(labsDir: string, labId: string): CapturedBoxes {
  const file = capturedFile(labsDir, labId);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CapturedFile).boxes : {};
}

export function writeCaptured(labsDir: string, labId: string, boxes: CapturedBoxes): void {
  const captured: CapturedFile = {lab: labId, boxes};
  writeFileSync(capturedFile(labsDir, labId), `${JSON.stringify(captured, null, 2)}\n`);
}
