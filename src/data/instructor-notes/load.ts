/**
 * Reads the instructor notes from their content files (`notes/*.md`, one per agenda section): the
 * note is the file's front matter, in YAML. Node only: the instructor-steps plugin reads them at
 * build time for the instructors page, and the tests read them here. A file whose front matter is
 * not a note throws, naming every field that is wrong, so all of them get fixed at once.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {parse} from 'yaml';
import type {ManifestId} from '../../../labs/registry';
import type {Cue, DemoItem, InstructorNote, PainPoint, StepRef, TimeSlice, TroubleshootingAnchor} from './index';

/** The folder of the notes' files, from the site's root. */
export const NOTES_FOLDER = 'src/data/instructor-notes/notes';

type Fields = Record<string, unknown>;

/** Reads one note's front matter into a note, adding what is wrong to `errors`. */
function toNote(data: Fields, errors: string[]): InstructorNote {
  const text = (value: unknown, where: string): string => {
    if (typeof value === 'string' && value.trim() !== '') return value;
    errors.push(`${where} is not a text`);
    return '';
  };
  const number = (value: unknown, where: string): number => {
    if (typeof value === 'number') return value;
    errors.push(`${where} is not a number`);
    return 0;
  };
  const list = (value: unknown, where: string): Fields[] => {
    if (value === undefined) return [];
    if (Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null)) return value as Fields[];
    errors.push(`${where} is not a list of fields`);
    return [];
  };
  const known = (fields: Fields, names: readonly string[], where: string): void => {
    for (const key of Object.keys(fields)) if (!names.includes(key)) errors.push(`${where} has an unknown field "${key}"`);
  };
  const stepRef = (value: unknown, where: string): StepRef => {
    const [manifest = '', step = ''] = text(value, where).split('#');
    if (!step) errors.push(`${where} is not <manifest>#<step>`);
    return {manifest: manifest as ManifestId, step};
  };

  known(data, ['section', 'timing', 'cues', 'demo', 'pitfalls'], 'the note');
  const plan = list(data.timing, 'timing').map((slice, i): TimeSlice => {
    known(slice, ['minutes', 'what'], `timing slice ${i + 1}`);
    return {minutes: number(slice.minutes, `timing slice ${i + 1}: minutes`), what: text(slice.what, `timing slice ${i + 1}: what`)};
  });
  const cues = list(data.cues, 'cues').map((cue, i): Cue => {
    known(cue, ['after', 'say'], `cue ${i + 1}`);
    return {after: number(cue.after, `cue ${i + 1}: after`), say: text(cue.say, `cue ${i + 1}: say`)};
  });
  const demo = list(data.demo, 'demo').map((item, i): DemoItem => {
    const where = `demo item ${i + 1}`;
    if ('show' in item) {
      known(item, ['show'], where);
      return {kind: 'show', text: text(item.show, `${where}: show`)};
    }
    known(item, ['step', 'say'], where);
    return {kind: 'step', step: stepRef(item.step, `${where}: step`), say: text(item.say, `${where}: say`)};
  });
  const pitfalls = list(data.pitfalls, 'pitfalls').map((pitfall, i): PainPoint => {
    const where = `pitfall ${i + 1}`;
    known(pitfall, ['problem', 'fix', 'troubleshooting', 'step'], where);
    return {
      problem: text(pitfall.problem, `${where}: problem`),
      fix: text(pitfall.fix, `${where}: fix`),
      ...(pitfall.troubleshooting === undefined
        ? {}
        : {troubleshooting: text(pitfall.troubleshooting, `${where}: troubleshooting`) as TroubleshootingAnchor}),
      ...(pitfall.step === undefined ? {} : {step: stepRef(pitfall.step, `${where}: step`)}),
    };
  });
  return {section: number(data.section, 'section'), timing: {plan, ...(cues.length > 0 ? {cues} : {})}, demo, pitfalls};
}

/** The front matter of a Markdown file: the YAML between its opening `---` line and the next. */
function frontMatterOf(source: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  return match ? parse(match[1] ?? '') : undefined;
}

/** Every note, in the order of their files (the agenda's), from the site at `siteDir`. */
export function readInstructorNotes(siteDir: string): InstructorNote[] {
  const dir = path.join(siteDir, NOTES_FOLDER);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const data = frontMatterOf(readFileSync(path.join(dir, name), 'utf8'));
      if (typeof data !== 'object' || data === null) throw new Error(`${name}: no front matter`);
      const errors: string[] = [];
      const note = toNote(data as Fields, errors);
      if (errors.length > 0) throw new Error(`${name} is not an instructor note:\n  - ${errors.join('\n  - ')}`);
      return note;
    });
}
