import {describe, expect, it} from 'vitest';
import {hashFiles, loadRecipes, provisioningOrder, recipeHash, type Recipe} from '../../scripts/lab-checker/standins/recipes';
import {pipConfigFor} from '../../scripts/lab-checker/standins/machine-files';

const debian: Recipe = {
  dir: '/r/debian',
  spec: {image: 'debian:bookworm-slim', kind: 'debootstrap', suite: 'bookworm', variant: 'minbase', cmd: ['bash']},
  ownHash: 'aaaa',
};
const python: Recipe = {
  dir: '/r/python',
  spec: {image: 'python:3.13-slim-trixie', kind: 'dockerfile', from: 'debian:bookworm-slim'},
  ownHash: 'bbbb',
};
const recipes = new Map([
  [debian.spec.image, debian],
  [python.spec.image, python],
]);

describe('hashFiles', () => {
  it('does not depend on file order', () => {
    const a = {path: 'a', content: '1'};
    const b = {path: 'b', content: '2'};
    expect(hashFiles([a, b])).toBe(hashFiles([b, a]));
  });
  it('changes with any content or path', () => {
    const base = hashFiles([{path: 'Dockerfile', content: 'FROM x'}]);
    expect(hashFiles([{path: 'Dockerfile', content: 'FROM y'}])).not.toBe(base);
    expect(hashFiles([{path: 'Dockerfile2', content: 'FROM x'}])).not.toBe(base);
  });
  it('cannot be fooled by moving bytes between path and content', () => {
    expect(hashFiles([{path: 'ab', content: 'c'}])).not.toBe(hashFiles([{path: 'a', content: 'bc'}]));
  });
});

describe('recipeHash', () => {
  it('rebuilds an image when its base recipe changes', () => {
    const before = recipeHash('python:3.13-slim-trixie', recipes, {});
    const changedBase = new Map(recipes);
    changedBase.set(debian.spec.image, {...debian, ownHash: 'cccc'});
    expect(recipeHash('python:3.13-slim-trixie', changedBase, {})).not.toBe(before);
    expect(recipeHash('debian:bookworm-slim', recipes, {})).toBe('aaaa');
  });

  const cached: Recipe = {
    ...python,
    spec: {
      image: 'python:3.13-slim-trixie',
      kind: 'dockerfile',
      from: 'debian:bookworm-slim',
      machineFiles: {'pip.conf': 'pypi-cache-pip-config', 'pypi-cache.crt': 'pypi-cache-certificate'},
    },
  };
  const withCache = new Map([...recipes, [cached.spec.image, cached]]);
  const cache = {indexUrl: 'https://172.17.0.1:40001/index/', certificate: 'PEM one'};

  it("rebuilds a stand-in when the run's PyPI cache moves or gets a new certificate", () => {
    const before = recipeHash('python:3.13-slim-trixie', withCache, {pypiCache: cache});
    expect(recipeHash('python:3.13-slim-trixie', withCache, {pypiCache: {...cache, indexUrl: 'https://172.18.0.1:40001/index/'}})).not.toBe(
      before,
    );
    expect(recipeHash('python:3.13-slim-trixie', withCache, {pypiCache: {...cache, certificate: 'PEM two'}})).not.toBe(before);
    expect(recipeHash('python:3.13-slim-trixie', withCache, {pypiCache: {...cache}})).toBe(before);
  });

  it('says why when a recipe needs the PyPI cache and none runs', () => {
    expect(() => recipeHash('python:3.13-slim-trixie', withCache, {})).toThrow(
      /pip\.conf comes from the run's PyPI cache, and none is running/,
    );
  });
});

describe('pipConfigFor', () => {
  it("points pip at the cache and at the system bundle, which holds the cache's certificate", () => {
    const config = pipConfigFor({indexUrl: 'https://172.17.0.1:40001/index/', certificate: 'PEM'});
    expect(config).toMatch(/^\[global\]$/m);
    expect(config).toMatch(/^index-url = https:\/\/172\.17\.0\.1:40001\/index\/$/m);
    expect(config).toMatch(/^cert = \/etc\/ssl\/certs\/ca-certificates\.crt$/m);
    expect(config).not.toMatch(/trusted-host/);
  });
});

describe('provisioningOrder', () => {
  it('puts bases first, once', () => {
    expect(provisioningOrder(['python:3.13-slim-trixie', 'debian:bookworm-slim'], recipes)).toEqual([
      'debian:bookworm-slim',
      'python:3.13-slim-trixie',
    ]);
  });
  it('names the missing recipe', () => {
    expect(() => provisioningOrder(['postgres:15-bookworm'], recipes)).toThrow(/No stand-in recipe for postgres:15-bookworm/);
  });
});

describe('the repository recipes', () => {
  it('cover the images lab 01 needs, the python one built on the debian one', () => {
    const real = loadRecipes();
    expect(real.get('python:3.13-slim-trixie')?.spec).toMatchObject({kind: 'dockerfile', from: 'debian:trixie-slim'});
    expect(real.get('debian:trixie-slim')?.spec.kind).toBe('debootstrap');
    // Its pip installs through the run's PyPI cache, trusting this machine's certificates.
    expect(real.get('python:3.13-slim-trixie')?.spec).toMatchObject({
      machineFiles: {'pip.conf': 'pypi-cache-pip-config', 'machine-ca.crt': 'ca-bundle'},
    });
  });
});
