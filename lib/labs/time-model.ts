/**
 * How long a lab's core path takes a data scientist new to Docker, estimated from the lab's own
 * data: its steps (what to type and read), its starter files (the lines to write) and the waits its
 * steps declare. One function for the page that shows it and the test that holds it to the agenda.
 */
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {findLabIds, loadLab} from './load-labs';
import type {LabManifest, LabStep} from './manifest';

/** Typing a command, reading what it printed, and checking it against the page. */
export const MINUTES_PER_STEP = 0.75;
/** Writing one line of a TODO: finding what to write, typing it, getting it right. */
export const MINUTES_PER_TODO_LINE = 1;
/** Reading speed for instructions, slower than prose because they are acted on. */
export const WORDS_PER_MINUTE = 150;

/** One part of a lab (lab 02 has four), with the folder its `starter/` and `solution/` are in. */
export interface LabPart {
  readonly manifest: LabManifest;
  readonly dir: string;
}

/** The lines a student writes in one starter file. */
export interface TodoFile {
  /** The file, relative to the part's `starter/`. */
  readonly file: string;
  readonly lines: number;
}

export interface CorePathEstimate {
  /** Core steps: not optional, not done in the lecture, in a part that is not take-home. */
  readonly steps: number;
  readonly todoLines: number;
  readonly todoFiles: readonly TodoFile[];
  /** Words of the core steps' titles and explanations. */
  readonly words: number;
  readonly waitMinutes: number;
  /** Steps the room does at the end of the lecture before the lab; the lecture's minutes hold them. */
  readonly inLecture: number;
  /** The estimate, in minutes (unrounded). */
  readonly minutes: number;
}

/** The steps a student cannot skip in the lab's own minutes. */
export function coreSteps(manifest: LabManifest): LabStep[] {
  if (manifest.takeHome) return [];
  return (manifest.steps ?? []).filter((step) => !step.optional && !step.inLecture);
}

/** Words as a reader counts them: Markdown's backticks and asterisks are not words. */
export function countWords(text: string): number {
  return text
    .replace(/[`*_[\]()]/g, ' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

const COMMENT = /^\s*(#|\/\/|--|<!--|;)/;

/** A line a student types: not blank, not only a comment. */
function isWritten(line: string): boolean {
  return line.trim() !== '' && !COMMENT.test(line);
}

/**
 * The lines of `solution` that are not in `starter`, by a longest-common-subsequence match of
 * whole lines, counting only lines a student writes (no blank or comment lines).
 */
export function addedLines(starter: readonly string[], solution: readonly string[]): number {
  const rows = starter.length;
  const cols = solution.length;
  // lcs[i][j]: the longest common subsequence of starter[i..] and solution[j..].
  const lcs = Array.from({length: rows + 1}, () => new Array<number>(cols + 1).fill(0));
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      const row = lcs[i] as number[];
      const below = lcs[i + 1] as number[];
      row[j] = starter[i]?.trim() === solution[j]?.trim() ? (below[j + 1] ?? 0) + 1 : Math.max(below[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  let added = 0;
  let i = 0;
  let j = 0;
  while (j < cols) {
    const line = solution[j] ?? '';
    if (i < rows && starter[i]?.trim() === line.trim()) {
      i++;
      j++;
    } else if (i < rows && (lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0)) {
      i++;
    } else {
      if (isWritten(line)) added++;
      j++;
    }
  }
  return added;
}

interface NotebookCell {
  readonly cell_type: string;
  readonly source: string | readonly string[];
  readonly metadata?: {readonly tags?: readonly string[]};
}

function cellLines(cell: NotebookCell): string[] {
  const source = typeof cell.source === 'string' ? cell.source : cell.source.join('');
  return source.split('\n');
}

function exerciseCells(file: string): NotebookCell[] {
  const notebook = JSON.parse(readFileSync(file, 'utf8')) as {cells: NotebookCell[]};
  return notebook.cells.filter((cell) => cell.cell_type === 'code' && cell.metadata?.tags?.includes('exercise'));
}

function filesUnder(dir: string, relative = ''): string[] {
  const files: string[] = [];
  for (const name of readdirSync(path.join(dir, relative)).sort()) {
    const rel = relative ? `${relative}/${name}` : name;
    if (statSync(path.join(dir, rel)).isDirectory()) files.push(...filesUnder(dir, rel));
    else files.push(rel);
  }
  return files;
}

function isDockerfile(file: string): boolean {
  return /(^|\/)Dockerfile[^/]*$/.test(file);
}

const FROM = /^\s*FROM\s/i;

/**
 * The part of a solution's Dockerfile a starter's Dockerfile is to become. A one-stage starter of a
 * solution with several stages (lab 04's solution first trains a model, which the student copies
 * from lab 03 instead) is the solution's last stage: its earlier stages are not the student's to write.
 */
export function stagesToWrite(starter: readonly string[], solution: readonly string[]): readonly string[] {
  if (starter.filter((line) => FROM.test(line)).length !== 1) return solution;
  const lastFrom = solution.findLastIndex((line) => FROM.test(line));
  return lastFrom > 0 ? solution.slice(lastFrom) : solution;
}

/**
 * The lines a student writes: in each starter file with a TODO, the lines its solution adds; in a
 * notebook, the lines the solution's exercise cells add over the starter's.
 */
export function todoFilesOf(partDir: string): TodoFile[] {
  const starterDir = path.join(partDir, 'starter');
  const solutionDir = path.join(partDir, 'solution');
  if (!existsSync(starterDir)) return [];
  const result: TodoFile[] = [];
  for (const file of filesUnder(starterDir)) {
    const solutionFile = path.join(solutionDir, file);
    if (!existsSync(solutionFile)) continue;
    let lines = 0;
    if (file.endsWith('.ipynb')) {
      const starterCells = exerciseCells(path.join(starterDir, file));
      const solutionCells = exerciseCells(solutionFile);
      solutionCells.forEach((cell, index) => {
        const before = starterCells[index];
        lines += addedLines(before ? cellLines(before) : [], cellLines(cell));
      });
    } else {
      const text = readFileSync(path.join(starterDir, file), 'utf8');
      if (!/\bTODO\b/.test(text)) continue;
      const starterLines = text.split(/\r?\n/);
      const solutionLines = readFileSync(solutionFile, 'utf8').split(/\r?\n/);
      lines = addedLines(starterLines, isDockerfile(file) ? stagesToWrite(starterLines, solutionLines) : solutionLines);
    }
    if (lines > 0) result.push({file, lines});
  }
  return result;
}

/** The estimate of a lab's core path, from its parts' step data and starter files. */
export function estimateCorePath(parts: readonly LabPart[]): CorePathEstimate {
  const steps = parts.flatMap((part) => coreSteps(part.manifest));
  // Lab 02's parts each have a Dockerfile: their files are named with the part's folder.
  const named =
    (part: LabPart) =>
    (file: TodoFile): TodoFile =>
      parts.length > 1 ? {...file, file: `${path.basename(part.dir)}/${file.file}`} : file;
  const todoFiles = parts.filter((part) => !part.manifest.takeHome).flatMap((part) => todoFilesOf(part.dir).map(named(part)));
  const todoLines = todoFiles.reduce((sum, file) => sum + file.lines, 0);
  const words = steps.reduce((sum, step) => sum + countWords(step.title) + countWords(step.explain), 0);
  const waitMinutes = steps.reduce((sum, step) => sum + (step.wait?.minutes ?? 0), 0);
  const inLecture = parts.flatMap((part) =>
    part.manifest.takeHome ? [] : (part.manifest.steps ?? []).filter((step) => step.inLecture),
  ).length;
  const minutes = steps.length * MINUTES_PER_STEP + todoLines * MINUTES_PER_TODO_LINE + words / WORDS_PER_MINUTE + waitMinutes;
  return {steps: steps.length, todoLines, todoFiles, words, waitMinutes, inLecture, minutes};
}

/** A lab's parts as the agenda names it (`02-workflows`: its four workflows), manifests loaded. */
export async function loadLabParts(labsDir: string, labId: string): Promise<LabPart[]> {
  const ids = findLabIds(labsDir).filter((id) => id === labId || id.startsWith(`${labId}/`));
  const loaded = await Promise.all(ids.map((id) => loadLab(labsDir, id)));
  return loaded.map((lab) => ({manifest: lab.manifest, dir: lab.dir}));
}
