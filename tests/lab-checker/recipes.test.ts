import {describe, expect, it} from 'vitest';
import {hashFiles, loadRecipes, provisioningOrder, recipeHash, type Recipe} from '../../scripts/lab-checker/standins/recipes';

const debian: Recipe = {
  dir: '/r/debian',
  spec: {image: 'debian:bookworm-slim', kind: 'debootstrap', suite: 'bookworm', variant: 'minbase', cmd: ['bash']},
  ownHash: 'aaaa',
};
const python: Recipe = {dir: '/r/python', spec: {image: 'python:3.13-slim-trixie', kind: 'dockerfile', from: 'debian:bookworm-slim'}, ownHash: 'bbbb'};
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
    const before = recipeHash('python:3.13-slim-trixie', recipes);
    const changedBase = new Map(recipes);
    changedBase.set(debian.spec.image, {...debian, ownHash: 'cccc'});
    expect(recipeHash('python:3.13-slim-trixie', changedBase)).not.toBe(before);
    expect(recipeHash('debian:bookworm-slim', recipes)).toBe('aaaa');
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
  });
});
