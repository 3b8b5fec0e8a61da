/**
 * The course's pinned Python environments (labs/requirements/, made by `npm run labs:lock`): every
 * pin exact, the model packages identical wherever a model is pickled or unpickled, every package
 * two images share at one version, and every lab's copy identical to its lock file.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {LOCK_IMAGES, MODEL_PACKAGES, PINS_MODULE, lockDate, pinsModule, type LockImage} from '../../scripts/python-lock/images';

const root = fileURLToPath(new URL('../..', import.meta.url));
const labs = path.join(root, 'labs');
const read = (relative: string): string => readFileSync(path.join(root, relative), 'utf8');

/** Files a lab's starter and solution share unchanged. */
const SHARED = [
  ['labs/03-model/starter/Dockerfile', 'labs/03-model/solution/Dockerfile'],
  ['labs/03-model/starter/.dockerignore', 'labs/03-model/solution/.dockerignore'],
  ['labs/03-model/starter/check_notebook.py', 'labs/03-model/solution/check_notebook.py'],
  ['labs/04-rest-api/starter/.dockerignore', 'labs/04-rest-api/solution/.dockerignore'],
  ['labs/04-rest-api/starter/client.py', 'labs/04-rest-api/solution/client.py'],
  ['labs/04-rest-api/starter/pytest.ini', 'labs/04-rest-api/solution/pytest.ini'],
  ['labs/04-rest-api/starter/tests/conftest.py', 'labs/04-rest-api/solution/tests/conftest.py'],
  ['labs/04-rest-api/starter/tests/test_app.py', 'labs/04-rest-api/solution/tests/test_app.py'],
];

interface Pin {
  readonly name: string;
  readonly version: string;
  readonly line: number;
}

/** PEP 503: `Flask_RESTful`, `flask-restful` and `flask.restful` are the same project. */
function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** Reads a requirements file that must contain only exact pins (`name==version`) and comments. */
function parsePins(text: string): {pins: Map<string, Pin>; problems: string[]} {
  const pins = new Map<string, Pin>();
  const problems: string[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) return;
    const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)==([0-9][0-9A-Za-z.!+]*)$/.exec(line);
    if (!match) {
      problems.push(`line ${index + 1}: "${line}" is not an exact pin (name==version)`);
      return;
    }
    const [, name = '', version = ''] = match;
    const key = normalizeName(name);
    if (key === 'sklearn') problems.push(`line ${index + 1}: the package is scikit-learn ("sklearn" is only its import name)`);
    if (pins.has(key)) problems.push(`line ${index + 1}: ${name} is pinned twice`);
    pins.set(key, {name, version, line: index + 1});
  });
  return {pins, problems};
}

const locks = new Map(LOCK_IMAGES.map((image) => [image.name, parsePins(read(image.lock))]));
const pinsOf = (name: LockImage['name']): Map<string, Pin> => locks.get(name)?.pins ?? new Map<string, Pin>();

describe('parsePins', () => {
  it('accepts exact pins and comments', () => {
    const {pins, problems} = parsePins('# header\nFlask==2.2.2  # the web framework\n\nscikit-learn==1.2.1\n');
    expect(problems).toEqual([]);
    expect(pins.get('flask')).toEqual({name: 'Flask', version: '2.2.2', line: 2});
    expect(pins.get('scikit-learn')?.version).toBe('1.2.1');
  });

  it('rejects ranges, unpinned names, the sklearn name and duplicates', () => {
    const {problems} = parsePins('flask>=2.2\nnumpy\nsklearn==1.2.1\nFlask_RESTful==0.3.9\nflask-restful==0.3.9\n');
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/line 1: "flask>=2.2" is not an exact pin/);
    expect(problems[1]).toMatch(/line 2: "numpy" is not an exact pin/);
    expect(problems[2]).toMatch(/scikit-learn/);
    expect(problems[3]).toMatch(/line 5: flask-restful is pinned twice/);
  });
});

describe.each(LOCK_IMAGES.map((image) => [image.lock, image] as const))('%s', (file, image) => {
  const {pins, problems} = locks.get(image.name) ?? {pins: new Map<string, Pin>(), problems: ['not read']};

  it('holds only exact pins', () => {
    expect(problems, file).toEqual([]);
    expect(pins.size).toBeGreaterThan(10);
  });

  it('pins every package its .in file names, and says on which date it was locked', () => {
    const wanted = read(image.input)
      .split('\n')
      .map((line) =>
        line
          .replace(/#.*/, '')
          .replace(/\[.*\]/, '')
          .trim(),
      )
      .filter(Boolean)
      .map(normalizeName);
    expect(wanted.filter((name) => !pins.has(name))).toEqual([]);
    expect(lockDate(read(file))).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('one environment for the model', () => {
  it('pins the model packages in the notebook lock, and identically wherever scikit-learn is', () => {
    const notebook = pinsOf('notebook');
    for (const image of LOCK_IMAGES.filter(({name}) => pinsOf(name).has('scikit-learn'))) {
      for (const name of MODEL_PACKAGES) {
        expect(notebook.get(name)?.version, `${name} in the notebook lock`).toBeDefined();
        expect(pinsOf(image.name).get(name)?.version, `${name} in ${image.lock}`).toBe(notebook.get(name)?.version);
      }
    }
  });

  it('gives a package that two images share one version', () => {
    const seen = new Map<string, {version: string; lock: string}>();
    const differ: string[] = [];
    for (const image of LOCK_IMAGES) {
      for (const [key, pin] of pinsOf(image.name)) {
        const before = seen.get(key);
        if (before && before.version !== pin.version)
          differ.push(`${pin.name}: ${before.version} in ${before.lock}, ${pin.version} in ${image.lock}`);
        if (!before) seen.set(key, {version: pin.version, lock: image.lock});
      }
    }
    expect(differ).toEqual([]);
  });

  it('is on Flask 3 with Werkzeug 3, and the lab 04 lock keeps Flask-RESTful', () => {
    expect(pinsOf('api').get('flask')?.version).toMatch(/^3\./);
    expect(pinsOf('api').get('werkzeug')?.version).toMatch(/^3\./);
    expect(pinsOf('api').has('flask-restful')).toBe(true);
  });
});

describe('the lab folders', () => {
  it.each(LOCK_IMAGES.flatMap((image) => image.copies.map((copy) => [copy, image.lock] as const)))(
    '%s is identical to %s',
    (copy, lock) => {
      expect(existsSync(path.join(root, copy)), `${copy} is missing`).toBe(true);
      expect(read(copy), `${copy} differs from ${lock}: run npm run labs:lock, or copy the lock file over it`).toBe(read(lock));
    },
  );

  it.each(SHARED)('%s is identical to %s', (starter, solution) => {
    expect(read(starter)).toBe(read(solution));
  });

  it('quote the locks through labs/requirements/pins.ts, made from the same files', () => {
    const text = (name: LockImage['name']): string => read(LOCK_IMAGES.find((image) => image.name === name)?.lock ?? '');
    const expected = pinsModule(lockDate(text('notebook')) ?? '', {
      notebook: text('notebook'),
      api: text('api'),
      web: text('web'),
      project: text('project'),
    });
    expect(read(PINS_MODULE), 'run npm run labs:lock').toBe(expected);
  });

  it('hold no requirements file the lock script does not make', () => {
    const made = new Set(LOCK_IMAGES.flatMap((image) => [image.lock, ...image.copies]));
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, {withFileTypes: true})) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory() && entry.name !== 'node_modules') walk(full);
        else if (/^requirements.*\.txt$/.test(entry.name)) files.push(path.relative(root, full).split(path.sep).join('/'));
      }
    };
    walk(labs);
    expect(files.filter((file) => !made.has(file))).toEqual([]);
  });

  it('have lab 03 notebooks generated from their one source, up to date', () => {
    // Fails with the script's message when a notebook was edited by hand or the script changed.
    expect(() => execFileSync('python3', ['scripts/labs/make_model_notebooks.py', '--check'], {cwd: root, stdio: 'pipe'})).not.toThrow();
  });
});
