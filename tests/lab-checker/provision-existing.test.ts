import {chmodSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {loadRecipes} from '../../scripts/lab-checker/standins/recipes';
import {provisionStandIns} from '../../scripts/lab-checker/standins/provision';

// A docker CLI stand-in that knows which images the engine holds, with the recipe label each carries.
const dir = mkdtempSync(path.join(tmpdir(), 'provision-existing-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

function fakeDocker(images: Record<string, string>): string {
  const file = path.join(dir, `docker-${Object.keys(images).length}`);
  const cases = Object.entries(images)
    .map(([image, label]) => `    ${image}) echo ${label}; exit 0 ;;`)
    .join('\n');
  writeFileSync(
    file,
    `#!/bin/sh
# Builds and imports must not happen in an engine the checker did not start.
case "$1 $2" in
  "image inspect") eval "image=\\\${$#}"; case "$image" in
${cases}
    *) exit 1 ;;
  esac ;;
  "image prune") exit 0 ;;
  *) echo "unexpected: $*" >&2; exit 3 ;;
esac
`,
  );
  chmodSync(file, 0o755);
  return file;
}

describe('stand-ins in an engine another user started', () => {
  const recipes = loadRecipes();
  const wanted = ['python:3.13-slim-trixie'];

  it('uses each stand-in as it is, whatever recipe hash its starter computed', async () => {
    const docker = fakeDocker({'debian:trixie-slim': 'hash-of-root-debian', 'python:3.13-slim-trixie': 'hash-of-root-python'});
    const results = await provisionStandIns(docker, wanted, recipes, dir, {}, false);
    expect(results.map((result) => [result.image, result.hash, result.built])).toEqual([
      ['debian:trixie-slim', 'hash-of-root-debian', false],
      ['python:3.13-slim-trixie', 'hash-of-root-python', false],
    ]);
  });

  it('refuses to build a missing one and says what to do', async () => {
    const docker = fakeDocker({'debian:trixie-slim': 'hash-of-root-debian'});
    await expect(provisionStandIns(docker, wanted, recipes, dir, {}, false)).rejects.toThrow(
      /stand-in python:3\.13-slim-trixie is not in this Docker engine.*run the checker as root once/,
    );
  });
});
