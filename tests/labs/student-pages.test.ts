/**
 * What students read says what to type and what they should see, not how the course is proven:
 * no CI, lab checker, mutants, stand-in images, lint or test tools. That belongs on the "How this
 * course is proven" page (scripts/lab-checker/proof.ts and the lab data it reads). Scanned here:
 * the lab pages, the preparation page, the cheatsheet, the setup kit's README, every file a lab's
 * zip carries (README, starter, solution, self-checks, the shared helpers), and what the lab pages
 * render from each lab's steps.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {labEntries, labFolders} from '../../lib/bundles/lab-bundles';
import type {LabStep} from '../../lib/labs/manifest';
import {findLabIds, loadLab} from '../../lib/labs/load-labs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const LABS = path.join(root, 'labs');

/** The words that give the proving machinery away. */
const FORBIDDEN: readonly {readonly word: string; readonly pattern: RegExp}[] = [
  {word: 'CI', pattern: /\bCI\b/},
  {word: 'continuous integration', pattern: /continuous integration/i},
  {word: 'checker', pattern: /checker/i},
  {word: 'mutant, mutation', pattern: /mutant|mutation/i},
  {word: 'stand-in', pattern: /\bstand-?ins?\b/i},
  {word: 'lint', pattern: /\blint/i},
  {word: 'Vitest, Playwright', pattern: /vitest|playwright/i},
  {word: "the course's tests/", pattern: /\btests\//},
  {word: 'offline', pattern: /offline/i},
  {word: 'proven, proved', pattern: /\bprov(?:en|ed)\b/i},
];

/** Phrases that use a forbidden word for something a student does use; each says why. */
const ALLOWED: readonly {readonly phrase: string; readonly why: string}[] = [
  {phrase: 'COPY tests/ tests/', why: "the API's and the front end's own pytest tests, copied into their images"},
  {phrase: 'tests/test_app.py', why: "lab 04's API tests, which students run in the container"},
  {phrase: '`starter/tests/`', why: "lab 04's README lists the API's tests folder"},
  {
    phrase: '[offline plan](./instructors.mdx#offline-plan)',
    why: "the instructors' plan for a room without network, which the preparation page points to",
  },
];

interface Source {
  readonly name: string;
  readonly text: string;
}

/** The forbidden words in `text`, once the allowed phrases are taken out, as `word: line`. */
function forbiddenWords(text: string): string[] {
  const hits: string[] = [];
  for (const line of ALLOWED.reduce((rest, {phrase}) => rest.replaceAll(phrase, ' '), text).split('\n')) {
    for (const {word, pattern} of FORBIDDEN) if (pattern.test(line)) hits.push(`${word}: ${line.trim()}`);
  }
  return hits;
}

function pages(): Source[] {
  const labPages = readdirSync(path.join(root, 'docs/labs'))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => `docs/labs/${name}`);
  return [...labPages, 'docs/course/before-the-tutorial.mdx', 'docs/cheatsheet.mdx', 'setup/README.md'].map((name) => ({
    name,
    text: readFileSync(path.join(root, name), 'utf8'),
  }));
}

/** Every text file a lab's zip carries (binary files, such as a pickle a run left, hold no prose). */
function zipFiles(): Source[] {
  return labFolders(LABS).flatMap((lab) =>
    labEntries(LABS, lab).flatMap((entry) =>
      entry.data && !entry.data.includes(0) ? [{name: `${lab}.zip: ${entry.name}`, text: entry.data.toString('utf8')}] : [],
    ),
  );
}

/** What a lab page shows of each step. */
const shown = (step: LabStep): string[] =>
  [step.title, step.explain, step.command, step.powershell, step.linux, step.linuxOtherUser, step.expect, step.wait?.why].filter(
    (text): text is string => text !== undefined,
  );

async function renderedSteps(): Promise<Source[]> {
  const labs = await Promise.all(findLabIds(LABS).map((id) => loadLab(LABS, id)));
  return labs.flatMap(({manifest}) => [
    {name: `${manifest.id}/lab.ts title`, text: manifest.title},
    ...(manifest.steps ?? []).map((step) => ({name: `${manifest.id}/lab.ts step ${step.id}`, text: shown(step).join('\n')})),
  ]);
}

const hitsIn = (sources: readonly Source[]): string[] =>
  sources.flatMap(({name, text}) => forbiddenWords(text).map((hit) => `${name}: ${hit}`));

describe('what students read', () => {
  it('finds each forbidden word, and lets the allowed phrases through', () => {
    expect(forbiddenWords('CI runs the same script on the solution.')).toEqual(['CI: CI runs the same script on the solution.']);
    expect(forbiddenWords('# lint-ignore non-root-user: TODO 3')).toHaveLength(1);
    expect(forbiddenWords('the stand-in python image, built offline')).toHaveLength(2);
    expect(forbiddenWords('the browser tests (tests/data-app/) with Playwright')).toHaveLength(2);
    expect(forbiddenWords('Proved by CI')).toHaveLength(2);
    expect(forbiddenWords('COPY tests/ tests/\nsplint, CIRCLE, Cinema')).toEqual([]);
  });

  it('the lab pages, the preparation page, the cheatsheet and the setup kit say nothing of how the course is proven', () => {
    expect(hitsIn(pages())).toEqual([]);
  });

  it("every file of every lab's zip says nothing of it either", () => {
    const files = zipFiles();
    expect(files.some((file) => file.name.endsWith('/starter/Dockerfile'))).toBe(true);
    expect(hitsIn(files)).toEqual([]);
  });

  it("nor does what the lab pages show of each lab's steps", async () => {
    const steps = await renderedSteps();
    expect(steps.length).toBeGreaterThan(50);
    expect(hitsIn(steps)).toEqual([]);
  });

  it('every allowed phrase is still needed', async () => {
    const everything = [...pages(), ...zipFiles(), ...(await renderedSteps())].map((source) => source.text).join('\n');
    expect(ALLOWED.filter(({phrase}) => !everything.includes(phrase)).map(({phrase}) => phrase)).toEqual([]);
  });
});
