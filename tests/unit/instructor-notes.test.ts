import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {agenda, type AgendaSection} from '../../src/data/agenda';
import {troubleshootingEntries, type InstructorNote, type TroubleshootingAnchor} from '../../src/data/instructor-notes';
import {instructorNoteProblems, stepRefsOf, troubleshootingLabelProblems, type NoteContext} from '../../src/data/instructor-notes/check';
import {NOTES_FOLDER, readInstructorNotes} from '../../src/data/instructor-notes/load';
import {resolveStep, stepSources, stepsOf} from '../../src/data/lab-steps';
import {namedSteps} from '../../src/plugins/instructor-steps';
import {stepKey} from '../../src/plugins/instructor-steps/types';

const root = path.resolve(import.meta.dirname, '../..');
const instructorNotes = readInstructorNotes(root);

/** The troubleshooting page's entries: `## Heading {/* #anchor *\/}`, anchor to heading. */
function troubleshootingHeadings(): Map<string, string> {
  const source = readFileSync(path.join(root, 'docs/course/troubleshooting.mdx'), 'utf8');
  return new Map([...source.matchAll(/^##+ (.+?) \{\/\* #([\w-]+) \*\/\}$/gm)].map((m): [string, string] => [m[2]!, m[1]!]));
}

const context: NoteContext = {sections: agenda, troubleshooting: troubleshootingHeadings(), stepsOf};

/** The notes with one note changed (or removed, for `null`). */
function withNote(section: number, change: ((note: InstructorNote) => InstructorNote) | null): InstructorNote[] {
  return instructorNotes.flatMap((note) => (note.section !== section ? [note] : change ? [change(note)] : []));
}

describe('the instructor notes', () => {
  it('are sound: one per agenda section, every part filled, every link and step real', () => {
    expect(instructorNoteProblems(instructorNotes, context)).toEqual([]);
  });

  it('cover every section of the agenda, each once', () => {
    expect(instructorNotes.map((n) => n.section).sort((a, b) => a - b)).toEqual(agenda.map((s) => s.number));
  });

  it('label each troubleshooting link with the heading of its entry, and the page has the entries', () => {
    const headings = troubleshootingHeadings();
    expect(headings.size).toBeGreaterThan(10);
    expect(troubleshootingLabelProblems(headings)).toEqual([]);
  });

  it('link every named step to its anchor on the lab page', () => {
    for (const note of instructorNotes) {
      for (const ref of [
        ...note.demo.flatMap((d) => (d.kind === 'step' ? [d.step] : [])),
        ...note.pitfalls.flatMap((p) => (p.step ? [p.step] : [])),
      ]) {
        const resolved = resolveStep(ref);
        expect(resolved, `${ref.manifest} ${ref.step}`).toBeDefined();
        expect(resolved!.href).toMatch(new RegExp(`^/docs/labs/[\\w-]+#step-${stepSources[ref.manifest].anchorPrefix}${ref.step}$`));
      }
    }
  });

  it('ship, resolved at build time, exactly the steps they name: command, PowerShell form, label and link', () => {
    const named = namedSteps(instructorNotes);
    const refs = instructorNotes.flatMap((note) => stepRefsOf(note).map(([, ref]) => ref));
    expect(Object.keys(named).sort()).toEqual([...new Set(refs.map((ref) => stepKey(ref.manifest, ref.step)))].sort());
    for (const ref of refs) {
      const resolved = resolveStep(ref as Parameters<typeof resolveStep>[0])!;
      expect(named[stepKey(ref.manifest, ref.step)]).toEqual({
        command: resolved.step.command,
        hasPowershell: resolved.step.powershell !== undefined,
        label: resolved.label,
        href: resolved.href,
      });
    }
    // Named in prose as {{manifest#step}} as well as in demos and pitfalls.
    expect(refs.length).toBeGreaterThan(instructorNotes.length);
  });

  it('know the anchor prefix each lab page gives the steps of each manifest', () => {
    for (const [id, source] of Object.entries(stepSources)) {
      expect(source.manifest.id, id).toBe(id);
      const page = readFileSync(path.join(root, `docs/labs/${source.lab}.mdx`), 'utf8');
      // The page imports the manifest under a name, then renders <LabSteps lab={name} …/> one or more times.
      const name = [...page.matchAll(/^import (\w+) from '@site\/labs\/(.+)\/lab';$/gm)].find((m) => m[2] === id)?.[1];
      expect(name, `${source.lab}.mdx imports the manifest of ${id}`).toBeDefined();
      const tags = [...page.matchAll(/<LabSteps\b[^>]*\/>/g)].map((m) => m[0]).filter((tag) => tag.includes(`lab={${name}}`));
      expect(tags.length, id).toBeGreaterThan(0);
      for (const tag of tags) expect(/anchorPrefix="([^"]*)"/.exec(tag)?.[1] ?? '', `${id}: ${tag}`).toBe(source.anchorPrefix);
    }
  });
});

describe('instructorNoteProblems', () => {
  it('fails when a section lacks a note', () => {
    expect(instructorNoteProblems(withNote(8, null), context)).toEqual(['section 8 ("Break") has no note']);
  });

  it('fails when a note refers to a section that does not exist', () => {
    const stray: InstructorNote = {...instructorNotes[0]!, section: 17};
    expect(instructorNoteProblems([...instructorNotes, stray], context)).toEqual([
      'a note refers to section 17, which the agenda does not have',
    ]);
  });

  it('fails when a section has two notes', () => {
    expect(instructorNoteProblems([...instructorNotes, instructorNotes[2]!], context)).toEqual([
      'section 3 ("Reproducible data science") has 2 notes',
    ]);
  });

  it('fails when a part is empty', () => {
    expect(
      instructorNoteProblems(
        withNote(5, (n) => ({...n, demo: []})),
        context,
      ),
    ).toEqual(['the note of section 5 has nothing to demo']);
    expect(
      instructorNoteProblems(
        withNote(5, (n) => ({...n, pitfalls: []})),
        context,
      ),
    ).toEqual(['the note of section 5 says nothing about what goes wrong']);
    expect(
      instructorNoteProblems(
        withNote(16, (n) => ({...n, timing: {plan: []}})),
        context,
      ),
    ).toEqual(['the note of section 16 has no timing']);
  });

  it('fails when a piece of a part is blank', () => {
    const blank = withNote(3, (n) => ({...n, pitfalls: [{...n.pitfalls[0]!, fix: '  '}, ...n.pitfalls.slice(1)]}));
    expect(instructorNoteProblems(blank, context)).toEqual(['the note of section 3: pitfall 1 (fix) is empty']);
  });

  it("fails when the timing does not add up to the section's minutes from the agenda", () => {
    const longer: AgendaSection[] = agenda.map((s) => (s.number === 10 ? {...s, minutes: s.minutes + 1} : s));
    const minutes = agenda.find((s) => s.number === 10)!.minutes;
    expect(instructorNoteProblems(instructorNotes, {...context, sections: longer})).toEqual([
      `the note of section 10 plans ${minutes} minutes, but the section lasts ${minutes + 1}`,
    ]);
  });

  it('fails when a cue falls outside its section', () => {
    const late = withNote(5, (n) => ({...n, timing: {...n.timing, cues: [{after: 20, say: 'Wrap up.'}]}}));
    expect(instructorNoteProblems(late, context)).toEqual(["the note of section 5: cue 1 comes 20 minutes in, outside the section's 20"]);
  });

  it('fails when prose restates minutes or a clock time, or pastes a lab command', () => {
    const say = (text: string) => withNote(1, (n) => ({...n, demo: [{kind: 'show', text}]}));
    expect(instructorNoteProblems(say('Spend 3 minutes here.'), context)).toEqual([
      'the note of section 1: demo item 1 writes minutes into prose: "Spend 3 minutes here."',
    ]);
    expect(instructorNoteProblems(say('Stop at 0:03.'), context)).toEqual([
      'the note of section 1: demo item 1 writes a clock time into prose: "Stop at 0:03."',
    ]);
    expect(instructorNoteProblems(say('Run `docker compose ps`.'), context)).toEqual([
      'the note of section 1: demo item 1 pastes the command of 05-data-app step ps; name the step instead',
    ]);
  });

  it('fails when a troubleshooting anchor does not exist on the page', () => {
    const gone = withNote(2, (n) => ({...n, pitfalls: [{...n.pitfalls[0]!, troubleshooting: 'no-such-entry' as TroubleshootingAnchor}]}));
    expect(instructorNoteProblems(gone, context)).toEqual([
      'the note of section 2: pitfall 1 links to #no-such-entry, which the troubleshooting page does not have',
    ]);
    // The page losing an entry the notes link to is the same failure.
    const headings = new Map(context.troubleshooting);
    headings.delete('pull-rate-limit');
    expect(
      instructorNoteProblems(instructorNotes, {...context, troubleshooting: headings}).every((p) => p.includes('#pull-rate-limit')),
    ).toBe(true);
    expect(troubleshootingLabelProblems(headings)).toEqual(['#pull-rate-limit is not an anchor of the troubleshooting page']);
  });

  it('fails when a troubleshooting label no longer matches its heading', () => {
    const headings = new Map(context.troubleshooting);
    headings.set('stale-image', 'My change does not show');
    expect(troubleshootingLabelProblems(headings)).toEqual([
      `#stale-image is labelled "${troubleshootingEntries['stale-image']}", but the page's heading is "My change does not show"`,
    ]);
  });

  it('fails when a named lab step does not exist in its manifest', () => {
    const wrong = withNote(5, (n) => ({
      ...n,
      demo: [{kind: 'step', step: {manifest: '01-docker-basics', step: 'no-such-step'}, say: 'Show it.'}],
    }));
    expect(instructorNoteProblems(wrong, context)).toEqual([
      'the note of section 5: demo item 1 names step "no-such-step", which lab 01-docker-basics does not have',
    ]);
    const say = (text: string) => withNote(1, (n) => ({...n, demo: [{kind: 'show', text}]}));
    expect(instructorNoteProblems(say('Run {{01-docker-basics#nope}}.'), context)).toEqual([
      'the note of section 1: demo item 1 names step "nope", which lab 01-docker-basics does not have',
    ]);
    expect(instructorNoteProblems(say('Run {{06-nothing#up}}.'), context)).toEqual([
      'the note of section 1: demo item 1 names the lab 06-nothing, which does not exist',
    ]);
    const renamed: NoteContext = {
      ...context,
      stepsOf: (m) => (m === '04-rest-api' ? stepsOf(m)!.filter((s) => s.id !== 'copy-model') : stepsOf(m)),
    };
    expect(instructorNoteProblems(instructorNotes, renamed).length).toBeGreaterThan(0);
    expect(
      instructorNoteProblems(instructorNotes, renamed).every((p) => p.includes('"copy-model", which lab 04-rest-api does not have')),
    ).toBe(true);
  });
});

describe('the instructor notes files (src/data/instructor-notes/notes/*.md)', () => {
  it('are read from their front matter, and a file that is not a note is refused with every field that is wrong', () => {
    const site = mkdtempSync(path.join(tmpdir(), 'notes-'));
    const dir = path.join(site, NOTES_FOLDER);
    mkdirSync(dir, {recursive: true});
    writeFileSync(
      path.join(dir, '01-welcome.md'),
      [
        '---',
        'section: 1',
        'timing:',
        '  - minutes: one',
        '    what: Welcome',
        'demo:',
        '  - step: 01-docker-basics',
        '    say: Pull',
        'pitfals: []',
        '---',
        '',
      ].join('\n'),
    );
    expect(() => readInstructorNotes(site)).toThrow(
      [
        '01-welcome.md is not an instructor note:',
        'the note has an unknown field "pitfals"',
        'timing slice 1: minutes is not a number',
        'demo item 1: step is not <manifest>#<step>',
      ].join('\n  - '),
    );
    writeFileSync(
      path.join(dir, '01-welcome.md'),
      ['---', 'section: 1', 'timing: [{minutes: 3, what: Welcome}]', 'demo: [{show: Slides}]', 'pitfalls: []', '---', ''].join('\n'),
    );
    expect(readInstructorNotes(site)).toEqual([
      {section: 1, timing: {plan: [{minutes: 3, what: 'Welcome'}]}, demo: [{kind: 'show', text: 'Slides'}], pitfalls: []},
    ]);
    rmSync(site, {recursive: true, force: true});
  });
});
