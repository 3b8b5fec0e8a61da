/**
 * The course's pinned Python environment (labs/requirements/): every pin exact, equal to the
 * version the offline python stand-in provides (Debian 12's, in offline-versions.json), the model
 * packages identical wherever a model is pickled or unpickled, and every lab's copy identical to
 * its lock file.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const labs = path.join(root, 'labs');
const read = (relative: string): string => readFileSync(path.join(root, relative), 'utf8');

/** The packages a pickled model depends on: they must match between notebook and API. */
const MODEL_PACKAGES = ['scikit-learn', 'numpy', 'scipy', 'joblib', 'threadpoolctl'];

const LOCKS = {
  api: 'labs/requirements/requirements-api.txt',
  notebook: 'labs/requirements/requirements-notebook.txt',
  web: 'labs/requirements/requirements-web.txt',
  project: 'labs/requirements/requirements-project.txt',
} as const;

/** Each lab folder carries its own copy (students download single lab folders). */
const COPIES: Readonly<Record<string, keyof typeof LOCKS>> = {
  'labs/03-model/starter/requirements.txt': 'notebook',
  'labs/03-model/solution/requirements.txt': 'notebook',
  'labs/04-rest-api/starter/requirements.txt': 'api',
  'labs/04-rest-api/solution/requirements.txt': 'api',
  'labs/02-workflows/w1-jupyter/starter/requirements.txt': 'notebook',
  'labs/02-workflows/w1-jupyter/solution/requirements.txt': 'notebook',
  'labs/02-workflows/w2-project/starter/requirements.txt': 'project',
  'labs/02-workflows/w2-project/solution/requirements.txt': 'project',
  'labs/02-workflows/w3-data-app/starter/app/requirements.txt': 'web',
  'labs/02-workflows/w3-data-app/solution/app/requirements.txt': 'web',
  'labs/05-data-app/starter/web/requirements.txt': 'web',
  'labs/05-data-app/solution/web/requirements.txt': 'web',
};

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

interface OfflineVersions {
  readonly packages: Readonly<Record<string, {readonly version: string; readonly debianPackage: string}>>;
  readonly resolvedByPip: Readonly<Record<string, string>>;
}

const offline = JSON.parse(read('labs/requirements/offline-versions.json')) as OfflineVersions;
const offlineVersions = new Map(Object.entries(offline.packages).map(([name, info]) => [normalizeName(name), info.version]));
const locks = {api: parsePins(read(LOCKS.api)), notebook: parsePins(read(LOCKS.notebook)), web: parsePins(read(LOCKS.web)), project: parsePins(read(LOCKS.project))};

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

describe.each(Object.entries(LOCKS))('the %s lock', (which, file) => {
  const {pins, problems} = locks[which as keyof typeof LOCKS];

  it('holds only exact pins', () => {
    expect(problems, file).toEqual([]);
    expect(pins.size).toBeGreaterThan(10);
  });

  it('pins every package at the version the offline stand-in provides (Debian 12)', () => {
    const drift = [...pins.entries()]
      .filter(([key, pin]) => offlineVersions.get(key) !== pin.version)
      .map(([key, pin]) => `${file}:${pin.line} ${pin.name}==${pin.version}, but the stand-in has ${offlineVersions.get(key) ?? 'no such package'}`);
    expect(drift).toEqual([]);
  });

  it('leaves the packages that cannot have one pin in both worlds to pip, and says why', () => {
    for (const name of Object.keys(offline.resolvedByPip)) {
      expect(pins.has(normalizeName(name)), `${name} must not be pinned in ${file}`).toBe(false);
    }
    // Only a lock with requests in it meets the charset-normalizer split.
    if (pins.has('requests')) expect(read(file)).toMatch(/charset-normalizer is left to pip on purpose/);
  });
});

describe('one environment for the model', () => {
  it('pins the model packages, identically, in the notebook and in the API', () => {
    for (const name of MODEL_PACKAGES) {
      const notebook = locks.notebook.pins.get(name)?.version;
      expect(notebook, `${name} in the notebook lock`).toBeDefined();
      expect(locks.api.pins.get(name)?.version, `${name} in the API lock`).toBe(notebook);
    }
  });

  it('puts every package of the API lock in the notebook lock, at the same version', () => {
    const differ = [...locks.api.pins.entries()]
      .filter(([key, pin]) => locks.notebook.pins.get(key)?.version !== pin.version)
      .map(([, pin]) => `${pin.name}==${pin.version}`);
    expect(differ).toEqual([]);
  });

  it('pins the front end\'s web packages at the API\'s versions (lab 05 next to lab 04)', () => {
    const differ = [...locks.web.pins.entries()]
      .filter(([key]) => locks.api.pins.has(key))
      .filter(([key, pin]) => locks.api.pins.get(key)?.version !== pin.version)
      .map(([, pin]) => `${pin.name}==${pin.version}`);
    expect(differ).toEqual([]);
    expect(locks.web.pins.get('psycopg')?.version).toBe('3.1.7');
  });

  it('pins the model packages of the project lock (lab 02, workflow 2) as the notebook does', () => {
    for (const name of MODEL_PACKAGES) expect(locks.project.pins.get(name)?.version, name).toBe(locks.notebook.pins.get(name)?.version);
  });

  it('pins Werkzeug 2.2 with Flask 2.2: Werkzeug 3 breaks Flask 2.2 at import', () => {
    expect(locks.api.pins.get('werkzeug')?.version).toBe('2.2.2');
    expect(locks.api.pins.get('flask')?.version).toBe('2.2.2');
  });
});

describe('the lab folders', () => {
  it.each(Object.entries(COPIES))('%s is identical to its lock file', (copy, which) => {
    expect(existsSync(path.join(root, copy)), `${copy} is missing`).toBe(true);
    expect(read(copy), `${copy} differs from ${LOCKS[which]}: copy the lock file over it`).toBe(read(LOCKS[which]));
  });

  it.each(SHARED)('%s is identical to %s', (starter, solution) => {
    expect(read(starter)).toBe(read(solution));
  });

  it('pin every other requirements file at the stand-in versions too', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, {withFileTypes: true})) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory() && entry.name !== 'node_modules') walk(full);
        else if (/^requirements.*\.txt$/.test(entry.name)) files.push(path.relative(root, full).split(path.sep).join('/'));
      }
    };
    walk(labs);
    const drift: string[] = [];
    for (const file of files.filter((f) => !(f in COPIES) && !Object.values(LOCKS).includes(f as never))) {
      const {pins, problems} = parsePins(read(file));
      drift.push(...problems.map((problem) => `${file}: ${problem}`));
      for (const [key, pin] of pins) {
        const expected = offlineVersions.get(key);
        if (expected !== undefined && expected !== pin.version) drift.push(`${file}:${pin.line} ${pin.name}==${pin.version}, the stand-in has ${expected}`);
      }
    }
    expect(drift).toEqual([]);
  });

  it('have lab 03 notebooks generated from their one source, up to date', () => {
    // Fails with the script's message when a notebook was edited by hand or the script changed.
    expect(() => execFileSync('python3', ['scripts/labs/make_model_notebooks.py', '--check'], {cwd: root, stdio: 'pipe'})).not.toThrow();
  });
});
