/**
 * The setup kit (`setup/`): the committed scripts are exactly what the generator makes of the labs,
 * they pull, build and check exactly the images and ports the lab material gives (worked out here
 * again, from the manifests, Dockerfiles and Compose files, without the generator's code), and they
 * pass the linter's script rules: `bash -n`, ShellCheck as bash, and PowerShell 5.1's syntax.
 */
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {parse} from 'yaml';
import {beforeAll, describe, expect, it} from 'vitest';
import {findLabIds, loadLab, type LoadedLab} from '../../lib/labs/load-labs';
import {lintScriptReport} from '../../scripts/lab-checker/lint/index.js';
import {dockerfileInstructions, installs, labLabel, loadCourse, type Course} from '../../scripts/setup-kit/course';
import {renderAll, SCRIPT_NAMES, sh, wrap} from '../../scripts/setup-kit/render';
import {courseImages} from '../../lib/course/images';
import {noShellcheck} from '../lint/shellcheck.js';

const root = path.resolve(import.meta.dirname, '../..');
const labsDir = path.join(root, 'labs');
const setupDir = path.join(root, 'setup');
const read = (name: string): string => readFileSync(path.join(setupDir, name), 'utf8');

let labs: LoadedLab[] = [];
let course: Course;
beforeAll(async () => {
  labs = await Promise.all(findLabIds(labsDir).map((id) => loadLab(labsDir, id)));
  course = await loadCourse(root);
});

// --- What the lab material gives, read here on its own terms -------------------------------------

function filesUnder(dir: string, match: (name: string) => boolean): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(full, match);
    return match(entry.name) ? [full] : [];
  });
}

interface ComposeFile {
  name?: string;
  services?: Record<string, {image?: string; build?: string | {context?: string}; ports?: unknown[]}>;
}

const composeFiles = (): string[] =>
  filesUnder(labsDir, (name) => name === 'compose.yaml').filter((file) => file.includes(`${path.sep}solution${path.sep}`));

/** Images pulled from a registry: FROM lines (not build stages), Compose images that build nothing and no lab builds, `uses`. */
function pulledByLabs(): Set<string> {
  const built = new Set(labs.flatMap((lab) => (lab.manifest.imagesFromLabs ?? []).map((image) => image.ref)));
  const images = new Set<string>(labs.flatMap((lab) => lab.manifest.uses ?? []));
  for (const file of filesUnder(labsDir, (name) => name === 'Dockerfile')) {
    const stages = new Set<string>();
    for (const match of readFileSync(file, 'utf8').matchAll(/^\s*FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?/gim)) {
      if (!stages.has(match[1]!.toLowerCase()) && match[1] !== 'scratch') images.add(match[1]!);
      if (match[2]) stages.add(match[2].toLowerCase());
    }
  }
  for (const file of composeFiles()) {
    for (const service of Object.values((parse(readFileSync(file, 'utf8')) as ComposeFile).services ?? {})) {
      if (service.image && service.build === undefined && !built.has(service.image)) images.add(service.image);
    }
  }
  return images;
}

/** Host ports: `--publish [address:]host:container` in the steps, and Compose `ports:` with `${VAR:-default}` from `.env.example`. */
function portsOfLabs(): Map<number, Set<string>> {
  const ports = new Map<number, Set<string>>();
  const add = (port: number, lab: string): void => void ports.set(port, new Set([...(ports.get(port) ?? []), lab]));
  for (const lab of labs) {
    for (const step of lab.manifest.steps ?? []) {
      for (const match of step.command.matchAll(/(?:--publish|-p)[ =](?:\d+\.\d+\.\d+\.\d+:)?(\d+):\d+/g))
        add(Number(match[1]), labLabel(lab.id));
    }
  }
  for (const file of composeFiles()) {
    const lab = labs.find((candidate) => file.startsWith(`${candidate.dir}${path.sep}`));
    const envFile = path.join(path.dirname(file), '.env.example');
    const env = existsSync(envFile) ? readFileSync(envFile, 'utf8') : '';
    for (const service of Object.values((parse(readFileSync(file, 'utf8')) as ComposeFile).services ?? {})) {
      for (const entry of service.ports ?? []) {
        const resolved = String(entry).replace(
          /\$\{(\w+):-(\d+)\}/g,
          (_, name: string, fallback: string) => new RegExp(`^${name}=(\\d+)`, 'm').exec(env)?.[1] ?? fallback,
        );
        const host = /^(?:[\d.]+:)?(\d+):\d+$/.exec(resolved)?.[1];
        if (host && lab) add(Number(host), labLabel(lab.id));
      }
    }
  }
  return ports;
}

/** The tags students build: `docker build -t TAG .` in the steps, and Compose's `<name>-<service>` for a service that builds. */
function tagsStudentsBuild(): Map<string, string> {
  const tags = new Map<string, string>();
  for (const lab of labs) {
    for (const step of lab.manifest.steps ?? []) {
      const tag = /docker build -t (\S+) \.$/.exec(step.command)?.[1];
      if (tag) tags.set(tag, path.join(lab.dir, 'solution'));
    }
  }
  for (const file of composeFiles()) {
    const doc = parse(readFileSync(file, 'utf8')) as ComposeFile;
    for (const [service, definition] of Object.entries(doc.services ?? {})) {
      const build = typeof definition.build === 'string' ? definition.build : definition.build?.context;
      if (build) tags.set(`${doc.name}-${service}`, path.resolve(path.dirname(file), build));
    }
  }
  return tags;
}

// --- Reading the scripts -------------------------------------------------------------------------

/** The words of a bash array assignment `name=('a' "b" 3)`. */
function shArray(text: string, name: string): string[] {
  const body = new RegExp(`^${name}=\\((.*)\\)$`, 'm').exec(text)?.[1];
  if (body === undefined) throw new Error(`no ${name}=(...) line`);
  return [...body.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/** The items of a PowerShell array assignment `$name = @('a', 3)`. */
function psArray(text: string, name: string): string[] {
  const body = new RegExp(`^\\$${name} = @\\((.*)\\)$`, 'm').exec(text)?.[1];
  if (body === undefined) throw new Error(`no $${name} = @(...) line`);
  return [...body.matchAll(/'((?:[^']|'')*)'|(\d+)/g)].map((m) => (m[1] ?? m[2] ?? '').replaceAll("''", "'"));
}

const shBuilds = (text: string): string[][] => [...text.matchAll(/^build '([^']+)' '([^']+)' '([^']+)'/gm)].map((m) => m.slice(1));
const psBuilds = (text: string): string[][] => [...text.matchAll(/^Build-LabImage '([^']+)' '([^']+)' '([^']+)'/gm)].map((m) => m.slice(1));

// --- The tests -----------------------------------------------------------------------------------

describe('setup/', () => {
  it('holds exactly what the generator makes of the labs (else run: npx tsx scripts/setup-kit/generate.ts)', () => {
    const expected = renderAll(course);
    expect(
      readdirSync(setupDir)
        .filter((name) => name !== 'README.md')
        .sort(),
    ).toEqual([...SCRIPT_NAMES].sort());
    for (const [name, text] of expected) expect(read(name), `setup/${name} is not what scripts/setup-kit/generate.ts writes`).toBe(text);
  });

  it('is plain ASCII, so Windows PowerShell 5.1 reads it as written, and its .sh scripts are executable', () => {
    for (const name of SCRIPT_NAMES) {
      const outside = [...read(name)].filter((c) => c !== '\n' && c !== '\t' && (c < ' ' || c > '~'));
      expect(outside, `${name} has characters outside printable ASCII`).toEqual([]);
      if (name.endsWith('.sh')) expect(statSync(path.join(setupDir, name)).mode & 0o111, `${name} is not executable`).not.toBe(0);
    }
  });

  it('passes the linter: bash -n and ShellCheck for .sh, the PowerShell 5.1 rules and parse for .ps1', async () => {
    for (const name of SCRIPT_NAMES) {
      const report = await lintScriptReport(path.join(setupDir, name));
      expect(report.findings, name).toEqual([]);
      // Only ShellCheck may be missing here, and then only where it is allowed to be (REQUIRE_SHELLCHECK unset).
      expect(
        report.skipped.map((skip) => skip.ruleId),
        name,
      ).toEqual(noShellcheck && name.endsWith('.sh') ? ['script-shellcheck'] : []);
    }
  });
});

describe('the pre-pull scripts', () => {
  it('pull exactly the images the labs pull, and lib/course/images.ts describes the same ones', () => {
    const expected = [...pulledByLabs()].sort();
    expect(shArray(read('pre-pull.sh'), 'images').sort()).toEqual(expected);
    expect([...read('pre-pull.ps1').matchAll(/^ {2}@\{ Ref = '([^']+)'/gm)].map((m) => m[1]).sort()).toEqual(expected);
    expect(courseImages.map((image) => image.ref).sort()).toEqual(expected);
    // …each with the sentence the preparation page shows for it.
    expect(shArray(read('pre-pull.sh'), 'whys')).toEqual(
      shArray(read('pre-pull.sh'), 'images').map((ref) => courseImages.find((i) => i.ref === ref)?.why),
    );
  });

  it('never pull an image the labs build themselves', () => {
    const built = [...tagsStudentsBuild().keys()];
    expect(built).toContain('iris-api:1.0');
    for (const ref of shArray(read('pre-pull.sh'), 'images')) expect(built).not.toContain(ref);
  });
});

describe('the setup check', () => {
  it('checks exactly the host ports the labs publish, naming the labs that publish each', () => {
    const expected = [...portsOfLabs().entries()].sort(([a], [b]) => a - b);
    const sh = read('check-setup.sh');
    const ps1 = read('check-setup.ps1');
    expect(shArray(sh, 'ports').map(Number)).toEqual(expected.map(([port]) => port));
    expect(psArray(ps1, 'ports').map(Number)).toEqual(expected.map(([port]) => port));
    const labsOf = (said: string): string[] => said.split(/, | and /).sort();
    expect(shArray(sh, 'port_labs').map(labsOf)).toEqual(expected.map(([, labels]) => [...labels].sort()));
    expect(psArray(ps1, 'portLabs').map(labsOf)).toEqual(expected.map(([, labels]) => [...labels].sort()));
    // The course keeps clear of the host ports taken on many laptops.
    for (const [port] of expected) expect([80, 5000, 8888]).not.toContain(port);
  });

  it('looks for the images the labs pull and the images prepare-at-home builds, in both twins', () => {
    const pulled = [...pulledByLabs()].sort();
    expect(shArray(read('check-setup.sh'), 'pulled_images').sort()).toEqual(pulled);
    expect(psArray(read('check-setup.ps1'), 'pulledImages').sort()).toEqual(pulled);
    const prepared = shBuilds(read('prepare-at-home.sh')).map(([, tag]) => tag);
    expect(shArray(read('check-setup.sh'), 'lab_images')).toEqual(prepared);
    expect(psArray(read('check-setup.ps1'), 'labImages')).toEqual(prepared);
  });

  it('runs a real container of the Python image every lab builds on, and checks what it printed', () => {
    for (const name of ['check-setup.sh', 'check-setup.ps1'] as const) {
      const text = read(name);
      expect(text).toMatch(
        /docker run --rm "\$python_image" python -c "\$probe"|Invoke-Docker @\('run', '--rm', \$pythonImage, 'python', '-c', \$probe\)/,
      );
      expect(text).toContain("print('setup-check', platform.machine(), shutil.disk_usage('/').free // 1048576)");
      expect(text).toMatch(/docker compose version --short|'compose', 'version', '--short'/);
    }
    expect(course.pythonImage).toBe('python:3.13-slim-trixie');
    for (const lab of labs.filter((l) => l.manifest.images.length > 0)) {
      const dockerfiles = lab.manifest.images.map((image) =>
        readFileSync(path.join(lab.dir, 'solution', image.context, image.dockerfile ?? 'Dockerfile'), 'utf8'),
      );
      expect(
        dockerfiles.some((text) => text.includes(`FROM ${course.pythonImage}`)),
        lab.id,
      ).toBe(true);
    }
  });
});

describe('the prepare-at-home scripts', () => {
  it('build every image students build that installs packages, from the folder whose cache the lab reuses', () => {
    const sh = shBuilds(read('prepare-at-home.sh'));
    expect(psBuilds(read('prepare-at-home.ps1'))).toEqual(sh);
    const students = tagsStudentsBuild();
    const repoOf = (tag: string): string => tag.split(':')[0] ?? tag;
    for (const [tag, context] of students) {
      const dockerfile = readFileSync(path.join(context, 'Dockerfile'), 'utf8');
      const build = sh.find(([, built]) => repoOf(built!) === repoOf(tag));
      if (!dockerfileInstructions(dockerfile).some(installs)) {
        expect(build, `${tag} installs nothing, so building it saves nothing`).toBeUndefined();
        continue;
      }
      expect(build, `${tag} is not built`).toBeDefined();
      const [, builtAs = '', dir = ''] = build!;
      expect(existsSync(path.join(root, dir, 'Dockerfile')), dir).toBe(true);
      // A solution never takes the tag a student's own build gets, unless another lab runs it by that name.
      const usedByName = labs.some((lab) => (lab.manifest.imagesFromLabs ?? []).some((image) => image.ref === tag));
      if (dir.endsWith('/solution')) expect(builtAs).toBe(usedByName ? tag : `${repoOf(tag)}:solution`);
      else expect(builtAs).toBe(tag);
    }
    expect(sh.map(([, tag]) => tag)).toContain('iris-api:1.0');
  });

  it('build a starter only where it is what students build unchanged (its Dockerfile has no TODOs)', () => {
    for (const [lab, , dir = ''] of shBuilds(read('prepare-at-home.sh'))) {
      if (!dir.includes('/starter')) continue;
      const text = readFileSync(path.join(root, dir, 'Dockerfile'), 'utf8');
      expect(text, `${lab}: ${dir}/Dockerfile`).not.toMatch(/\bTODO\b/);
    }
  });

  it('are described on Before the tutorial with the tags they give the solutions they build', () => {
    const page = readFileSync(path.join(root, 'docs/course/before-the-tutorial.mdx'), 'utf8');
    for (const [lab, tag, dir = ''] of shBuilds(read('prepare-at-home.sh'))) {
      if (dir.endsWith('/solution')) expect(page, `${lab}: the page should name ${tag}`).toContain(`\`${tag}\``);
    }
    expect(page).toContain('bash setup/prepare-at-home.sh');
    expect(page).toContain('.\\setup\\prepare-at-home.ps1');
  });

  it('say what building at home does not save, in both twins', () => {
    for (const name of ['prepare-at-home.sh', 'prepare-at-home.ps1'] as const) {
      const text = read(name);
      expect(text).toContain('What it does not save:');
      expect(text).toContain('downloads the packages again');
      expect(text).toContain('docker builder prune');
    }
  });
});

describe('the generator', () => {
  it('reads Dockerfile instructions without comments, continuation lines kept', () => {
    expect(dockerfileInstructions('# c\nFROM a\n\nRUN x \\\n  # inside\n  && y\nCMD ["z"]\n')).toEqual([
      'FROM a',
      'RUN x \\\n  && y',
      'CMD ["z"]',
    ]);
    expect(installs('RUN pip install --no-cache-dir -r r.txt')).toBe(true);
    expect(installs('RUN apt-get update && apt-get install -y tini')).toBe(true);
    expect(installs('RUN useradd --create-home app')).toBe(false);
    expect(installs('COPY pip install .')).toBe(false);
  });

  it('names labs and parts as the pages do, and wraps long sentences for a terminal', () => {
    expect(labLabel('01-docker-basics')).toBe('lab 01');
    expect(labLabel('02-workflows/w3-data-app')).toBe('lab 02 W3');
    expect(wrap('aa bb cc dd', 5)).toEqual(['aa bb', 'cc dd']);
  });

  it('refuses a text bash would expand, or one outside ASCII', () => {
    expect(sh("it's")).toBe(`"it's"`);
    expect(() => sh('costs $5')).toThrow(/specially/);
    expect(() => sh('a – b')).toThrow(/ASCII/);
  });
});
