/**
 * A step's "you should see" box: what the lab checker's run of the step printed, with its volatile
 * parts as placeholders (normalise.ts), trimmed to the lines the step's `box` selection keeps. The
 * boxes are kept beside each lab's data, in `captured.json`, and refreshed by REFRESH_COMMAND; a
 * step whose command the checker cannot run as shown keeps a written box (its `expect`).
 * Browser-safe: the lab pages import it.
 */
import type {BoxSelection, LabStep} from './manifest';
import {dropNotShown, normaliseOutput} from './normalise';

/** The command that runs the labs named after it and writes their boxes beside their data. */
export const REFRESH_COMMAND = 'npm run labs:capture --';

/** The file beside a lab's `lab.ts` that holds its captured boxes, by step id. */
export const CAPTURED_FILE = 'captured.json';

/** A lab's captured boxes: step id -> the box's text. */
export type CapturedBoxes = Readonly<Record<string, string>>;

/** A `captured.json`: the lab it belongs to (its id), and its boxes. */
export interface CapturedFile {
  readonly lab: string;
  readonly boxes: CapturedBoxes;
}

/** A box longer than this is not one a student reads: narrow the step's `box` selection. */
export const MAX_BOX_LINES = 20;

/**
 * Why a step's box is written rather than captured, or undefined when the box is what the run of
 * the step's own command printed. A command the checker replaces (`check`, `offlineCheck`) prints
 * something else, and offline a `docker pull` would print the stand-in's digest, which no student sees.
 */
export function writtenBecause(step: LabStep): string | undefined {
  if (step.run === false) return 'not run by the checker';
  if (step.check) return 'the checker runs a non-interactive equivalent';
  if (step.offlineCheck) return 'it needs the registry; offline the checker runs an equivalent';
  return undefined;
}

/** Whether the checker captures this step's box: it runs the command as shown, and the step wants a box. */
export function boxIsCaptured(step: LabStep): boolean {
  return writtenBecause(step) === undefined && step.box !== false;
}

/** Keeps the lines the selection asks for, in the order printed. */
export function selectLines(text: string, selection: BoxSelection | undefined): string {
  let lines = text === '' ? [] : text.split('\n');
  const wanted = selection?.linesWith;
  if (wanted) lines = lines.filter((line) => wanted.some((part) => line.includes(part)));
  if (selection?.first !== undefined) lines = lines.slice(0, selection.first);
  if (selection?.last !== undefined) lines = lines.slice(-selection.last);
  return lines.join('\n');
}

/**
 * The box a step's output makes: the step's selection of its lines, then placeholders in (in that
 * order, so a table's columns are lined up for the rows the box keeps), then sorted if it says so.
 */
export function boxOf(step: LabStep, output: string): string {
  const selection = step.box === false ? undefined : step.box;
  const box = normaliseOutput(selectLines(dropNotShown(output).trim(), selection));
  return selection?.sorted ? box.split('\n').sort().join('\n') : box;
}

/** Why a box cannot stand for its step, or undefined: it must show the step's `expect`. */
export function boxProblem(step: LabStep, box: string): string | undefined {
  if (!step.expect || box.includes(step.expect)) return undefined;
  return `the box of step ${step.id} does not show ${JSON.stringify(step.expect)}, which the step expects: widen the step's \`box\` selection. The box was:\n${box || '(empty)'}`;
}

/** Why a box is too long to read in a lab, or undefined (the committed boxes' test asks it). */
export function boxTooLong(step: LabStep, box: string): string | undefined {
  const lines = box === '' ? 0 : box.split('\n').length;
  return lines > MAX_BOX_LINES
    ? `the box of step ${step.id} has ${lines} lines (at most ${MAX_BOX_LINES}): narrow the step's \`box\` selection`
    : undefined;
}

/** One difference between a lab's committed boxes and this run's. */
export interface BoxDrift {
  readonly step: string;
  readonly message: string;
}

/** Where this run's boxes and the committed ones differ, each with what to do about it. */
export function boxDrift(labId: string, committed: CapturedBoxes, captured: CapturedBoxes): BoxDrift[] {
  const refresh = `run \`${REFRESH_COMMAND} ${labId}\` and commit its ${CAPTURED_FILE}`;
  const drifts: BoxDrift[] = [];
  for (const [step, box] of Object.entries(captured)) {
    const old = committed[step];
    if (old === undefined) drifts.push({step, message: `${labId} › step ${step}: the page has no captured box for it; ${refresh}`});
    else if (old !== box)
      drifts.push({
        step,
        message: `${labId} › step ${step}: the page's box no longer matches what the run printed; ${refresh}.\n--- the page shows:\n${old}\n--- the run printed:\n${box}`,
      });
  }
  for (const step of Object.keys(committed)) {
    if (!(step in captured))
      drifts.push({step, message: `${labId} › step ${step}: the page shows a captured box, but this run captured none for it; ${refresh}`});
  }
  return drifts;
}
