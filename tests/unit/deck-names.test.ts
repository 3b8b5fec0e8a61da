/**
 * One name for one thing: the container names, image tags, base images and host ports on the
 * slides are the labs' own. Whole commands that a lab also runs come from its steps (<LabCommand>); this test
 * reads what is left, the names in prose, tables and sketches, against the lab manifests and the
 * labs' compose files.
 */
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {MdNode} from '../../src/plugins/decks/slides';
import {stepSources} from '../../src/data/lab-steps';
import {deckIds, parseMdx, slidesDir} from './deck-source';

const repo = path.resolve(import.meta.dirname, '../..');
const manifests = Object.values(stepSources).map((source) => source.manifest);

/** Text a deck shows or says: its text, code and JSX attribute values (a question's `q`), one string per node. */
function textsOf(node: MdNode): string[] {
  const own = typeof node.value === 'string' && node.type !== 'mdxjsEsm' ? [node.value] : [];
  const attributes = (node.attributes ?? []).flatMap((a) => (typeof a.value === 'string' ? [a.value] : []));
  return [...own, ...attributes, ...(node.children ?? []).flatMap(textsOf)];
}

function deckTexts(id: string): string[] {
  return textsOf(parseMdx(readFileSync(path.join(slidesDir, `${id}.mdx`), 'utf8')));
}

/** Every lab.ts, and the compose files that publish the labs' ports. */
function labSources(): string[] {
  const files = [
    ...[
      '01-docker-basics',
      '02-workflows/w1-jupyter',
      '02-workflows/w2-project',
      '02-workflows/w3-data-app',
      '02-workflows/w4-api',
      '03-model',
      '04-rest-api',
      '05-data-app',
    ].map((id) => `labs/${id}/lab.ts`),
    'labs/02-workflows/w3-data-app/solution/compose.yaml',
    'labs/02-workflows/w4-api/solution/compose.yaml',
    'labs/05-data-app/solution/compose.yaml',
  ];
  return files.map((file) => readFileSync(path.join(repo, file), 'utf8'));
}

/** Host ports the labs publish: `127.0.0.1:8890:8888`, or a compose file's `127.0.0.1:${APP_PORT:-8088}:80`. */
function publishedPorts(texts: readonly string[]): Set<string> {
  const ports = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(/127\.0\.0\.1:(?:\$\{\w+:-)?(\d+)\}?:\d+/g)) ports.add(m[1]!);
  return ports;
}

/** Container names the labs create, and the one tag each lab image has (`hello-docker` → `1.0`). */
const labContainers = new Set(manifests.flatMap((m) => m.resources?.containers ?? []));
const labImageTags = new Map<string, string>();
for (const image of manifests.flatMap((m) => m.resources?.images ?? [])) {
  const [name, tag] = image.split(':');
  if (name && tag && tag !== 'selfcheck') labImageTags.set(name, tag);
}
const labPorts = publishedPorts(labSources());

/** A base image with its tag: `python:3.13-slim-trixie`, `nginx:1.30-trixie`. */
const BASE_IMAGE = /\b(python|postgres|nginx|debian):([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*)/g;

/** The base images the labs build on or run, from their Dockerfiles, compose files and manifests. */
function labBaseImages(): Set<string> {
  const files = execFileSync('git', ['ls-files', 'labs'], {cwd: repo, encoding: 'utf8'})
    .split('\n')
    .filter((file) => /(?:^|\/)(?:Dockerfile|compose\.yaml|lab\.ts)$/.test(file));
  const images = new Set<string>();
  for (const file of files) for (const m of readFileSync(path.join(repo, file), 'utf8').matchAll(BASE_IMAGE)) images.add(m[0]);
  return images;
}
const labBases = labBaseImages();

/**
 * Names on slides that are deliberately not a lab's, each with why. Keep this short: a name here is
 * one the room cannot type in a lab.
 */
const deliberate: readonly {deck: string; text: string; why: string}[] = [
  {deck: 'intro-to-docker', text: '--name scratchpad', why: 'the docker commit sketch: no lab commits a container'},
  {deck: 'rest-api-container', text: '127.0.0.1:8081', why: "the fix for a taken port: another host port than the lab's"},
  {deck: 'docker-compose', text: 'localhost:5432', why: 'the mistake the slide warns against'},
  {deck: 'intro-to-docker', text: 'python:3.13-alpine', why: 'the base image the slim-or-alpine slide compares, and advises against'},
  {deck: 'docker-compose', text: 'localhost:8000', why: 'the mistake the knowledge check asks about'},
  {deck: 'workflows', text: 'localhost:5432', why: 'the mistake the knowledge check asks about'},
];

/** What a deck names that no lab does, as `name (in "…text…")`. */
export function strangers(id: string, texts: readonly string[]): string[] {
  const found: string[] = [];
  const allowed = (text: string) => deliberate.some((d) => d.deck === id && d.text === text);
  for (const text of texts) {
    const where = (hit: string) => `${hit} (in "${text.replace(/\s+/g, ' ').slice(0, 80)}")`;
    for (const m of text.matchAll(/--name[ =]([\w.-]+)/g)) {
      if (!labContainers.has(m[1]!) && !allowed(m[0])) found.push(where(m[0]));
    }
    for (const m of text.matchAll(/\b(?:localhost|127\.0\.0\.1):(\d+)\b/g)) {
      const port = m[1]!;
      // A container's own port, inside it or between services, is named by its service; from the
      // host, a port is one a lab publishes.
      const inside = /(?:^|[^\w])(?:api|web|db|nginx):\d/.test(m[0]);
      if (!inside && !labPorts.has(port) && !allowed(m[0])) found.push(where(m[0]));
    }
    for (const m of text.matchAll(BASE_IMAGE)) {
      if (!labBases.has(m[0]) && !allowed(m[0]))
        found.push(where(`${m[0]} (the labs use ${[...labBases].filter((b) => b.startsWith(`${m[1]}:`)).join(', ')})`));
    }
    for (const [name, tag] of labImageTags) {
      // The lab's image by its name: with the lab's tag, except where a command lists it by repository.
      for (const m of text.matchAll(new RegExp(`(^|[\\s\`'"])${name.replace(/[.-]/g, '\\$&')}(?::([\\w.-]+))?(?![\\w/-])`, 'g'))) {
        const before = text.slice(0, m.index + m[1]!.length);
        // `docker image ls NAME` lists by repository; `--name NAME` is a container's name (checked above).
        const notAnImage = /(?:image ls|--name)[ =]?$/.test(before);
        if (m[2] !== tag && !notAnImage) found.push(where(`${name}${m[2] ? `:${m[2]}` : ''} (the lab's is ${name}:${tag})`));
      }
    }
  }
  return found;
}

describe("names on slides are the labs' own", () => {
  it("knows the labs' names: containers, image tags and published ports", () => {
    expect(labContainers).toContain('lab04-api');
    expect(labImageTags.get('hello-docker')).toBe('1.0');
    expect([...labPorts]).toEqual(expect.arrayContaining(['8080', '8086', '8087', '8088', '8890']));
    expect(labPorts).not.toContain('8000');
    expect(labBases).toContain('python:3.13-slim-trixie');
  });

  it.each(deckIds())("%s names only the labs' containers, image tags and host ports", (id) => {
    expect(strangers(id, deckTexts(id))).toEqual([]);
  });

  it('finds the names that once went wrong on the slides', () => {
    expect(strangers('rest-api-container', ['docker run --rm -d --name iris-api -p 127.0.0.1:8080:8000 iris-api:1.0'])).toEqual([
      expect.stringContaining('--name iris-api'),
    ]);
    expect(strangers('project-pickle-rest', ['base = "http://localhost:8000"'])).toEqual([expect.stringContaining('localhost:8000')]);
    expect(strangers('workflows', ['-p 127.0.0.1:8889:8888'])).toEqual([expect.stringContaining('127.0.0.1:8889')]);
    expect(strangers('intro-to-docker', ['docker build -t hello-docker .', 'docker image ls hello-docker'])).toEqual([
      expect.stringContaining("hello-docker (the lab's is hello-docker:1.0)"),
    ]);
    // A base image the labs have moved on from, in a slide's sample output.
    expect(strangers('data-application', ['iris-app-nginx-1   nginx:1.0-old   nginx   Up'])).toEqual([
      expect.stringContaining('nginx:1.0-old (the labs use nginx:'),
    ]);
    // …while a service's own port, between containers, is fine.
    expect(strangers('docker-compose', ['http://api:8000/health'])).toEqual([]);
  });
});
