/**
 * The checks of the instructor notes (`notes/*.md`), against the agenda, the troubleshooting page and
 * the labs' steps. The unit tests run them; the instructors page relies on them.
 */
import type {AgendaSection} from '../agenda';
import {stepSources} from '../lab-steps';
import {stepTokensOf, troubleshootingEntries, type InstructorNote, type StepRef} from './index';

/** What the checks need to know beyond the notes: the agenda, the troubleshooting page's anchors, the labs' steps. */
export interface NoteContext {
  readonly sections: readonly AgendaSection[];
  /** Each anchor of the troubleshooting page, with its heading as written in the page. */
  readonly troubleshooting: ReadonlyMap<string, string>;
  /** The steps of a lab manifest (id and command), or undefined for an unknown manifest. */
  readonly stepsOf: (manifest: string) => readonly {readonly id: string; readonly command: string}[] | undefined;
}

/** Every piece of prose in a note, with where it is, for the checks that read text. */
function proseOf(note: InstructorNote): [string, string][] {
  return [
    ...note.timing.plan.map((s, i): [string, string] => [`timing slice ${i + 1}`, s.what]),
    ...(note.timing.cues ?? []).map((c, i): [string, string] => [`cue ${i + 1}`, c.say]),
    ...note.demo.map((d, i): [string, string] => [`demo item ${i + 1}`, d.kind === 'step' ? d.say : d.text]),
    ...note.pitfalls.flatMap((p, i): [string, string][] => [
      [`pitfall ${i + 1} (problem)`, p.problem],
      [`pitfall ${i + 1} (fix)`, p.fix],
    ]),
  ];
}

/** Every step a note names: in its demo, its pitfalls, and in its prose as `{{<manifest>#<step>}}`. */
export function stepRefsOf(note: InstructorNote): [string, {readonly manifest: string; readonly step: string}][] {
  return [
    ...note.demo.flatMap((d, i): [string, StepRef][] => (d.kind === 'step' ? [[`demo item ${i + 1}`, d.step]] : [])),
    ...note.pitfalls.flatMap((p, i): [string, StepRef][] => (p.step ? [[`pitfall ${i + 1}`, p.step]] : [])),
    ...proseOf(note).flatMap(([part, text]) => stepTokensOf(text).map((ref): [string, typeof ref] => [part, ref])),
  ];
}

/**
 * Lists what is wrong with the notes: a section without a note (or with two), a note for no
 * section, an empty part, slices that do not add up to the section's minutes, a cue outside the
 * section, minutes or clock times written into prose, a troubleshooting anchor the page lacks, a
 * lab step that does not exist, or a lab command pasted instead of named by its step.
 * An empty list means the notes are sound.
 */
export function instructorNoteProblems(notes: readonly InstructorNote[], context: NoteContext): string[] {
  const problems: string[] = [];
  const numbers = new Set(context.sections.map((s) => s.number));
  for (const section of context.sections) {
    const count = notes.filter((n) => n.section === section.number).length;
    if (count === 0) problems.push(`section ${section.number} ("${section.title}") has no note`);
    if (count > 1) problems.push(`section ${section.number} ("${section.title}") has ${count} notes`);
  }
  // Every lab command, so a note that pastes one is told to name the step instead.
  const commands = new Map<string, string>();
  for (const id of Object.keys(stepSources)) for (const s of context.stepsOf(id) ?? []) commands.set(s.command, `${id} step ${s.id}`);

  for (const note of notes) {
    const section = context.sections.find((s) => s.number === note.section);
    if (!numbers.has(note.section) || !section) {
      problems.push(`a note refers to section ${note.section}, which the agenda does not have`);
      continue;
    }
    const where = `the note of section ${note.section}`;
    if (note.timing.plan.length === 0) problems.push(`${where} has no timing`);
    if (note.demo.length === 0) problems.push(`${where} has nothing to demo`);
    if (note.pitfalls.length === 0) problems.push(`${where} says nothing about what goes wrong`);

    const planned = note.timing.plan.reduce((sum, s) => sum + s.minutes, 0);
    if (note.timing.plan.length > 0 && planned !== section.minutes) {
      problems.push(`${where} plans ${planned} minutes, but the section lasts ${section.minutes}`);
    }
    note.timing.plan.forEach((s, i) => {
      if (!Number.isInteger(s.minutes) || s.minutes <= 0) problems.push(`${where}: timing slice ${i + 1} lasts ${s.minutes} minutes`);
    });
    (note.timing.cues ?? []).forEach((c, i) => {
      if (!Number.isInteger(c.after) || c.after <= 0 || c.after >= section.minutes) {
        problems.push(`${where}: cue ${i + 1} comes ${c.after} minutes in, outside the section's ${section.minutes}`);
      }
    });

    for (const [part, text] of proseOf(note)) {
      if (text.trim() === '') problems.push(`${where}: ${part} is empty`);
      // Lengths and clock times come from the agenda; prose that restates them goes stale.
      if (/\b\d+\s*(?:min|mins|minutes?)\b/i.test(text)) problems.push(`${where}: ${part} writes minutes into prose: "${text}"`);
      if (/\b\d:\d\d\b/.test(text)) problems.push(`${where}: ${part} writes a clock time into prose: "${text}"`);
      for (const [, code] of text.matchAll(/`([^`]+)`/g)) {
        const owner = code ? commands.get(code) : undefined;
        if (owner) problems.push(`${where}: ${part} pastes the command of ${owner}; name the step instead`);
      }
    }

    note.pitfalls.forEach((p, i) => {
      if (p.troubleshooting !== undefined && !context.troubleshooting.has(p.troubleshooting)) {
        problems.push(`${where}: pitfall ${i + 1} links to #${p.troubleshooting}, which the troubleshooting page does not have`);
      }
    });

    for (const [part, ref] of stepRefsOf(note)) {
      const steps = context.stepsOf(ref.manifest);
      if (!steps) problems.push(`${where}: ${part} names the lab ${ref.manifest}, which does not exist`);
      else if (!steps.some((s) => s.id === ref.step))
        problems.push(`${where}: ${part} names step "${ref.step}", which lab ${ref.manifest} does not have`);
    }
  }
  return problems;
}

/** Lists the troubleshooting labels that differ from the page's headings (so the page's links read as its entries). */
export function troubleshootingLabelProblems(headings: ReadonlyMap<string, string>): string[] {
  return Object.entries(troubleshootingEntries).flatMap(([anchor, label]) => {
    const heading = headings.get(anchor);
    if (heading === undefined) return [`#${anchor} is not an anchor of the troubleshooting page`];
    return heading === label ? [] : [`#${anchor} is labelled "${label}", but the page's heading is "${heading}"`];
  });
}
