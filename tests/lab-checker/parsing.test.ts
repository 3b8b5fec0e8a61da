import {describe, expect, it} from 'vitest';
import path from 'node:path';
import {parseArgs} from '../../scripts/lab-checker/args';
import {composeImages, finalBase, fromImages} from '../../scripts/lab-checker/base-images';
import {tail} from '../../scripts/lab-checker/proc';
import {parseDeb822, parseOneLine, pickDebianArchive} from '../../scripts/lab-checker/engine/apt-sources';
import {composeMajor} from '../../scripts/lab-checker/engine/compose';
import {countTodos} from '../../scripts/lab-checker/starter';
import {jsonContains, jsonIncludes} from '../../scripts/lab-checker/checks/http';
import {failingTests} from '../../scripts/lab-checker/checks/compose';
import {commandToRun} from '../../scripts/lab-checker/checks/steps';

describe('apt sources', () => {
  const deb822 = `Types: deb
URIs: http://archive.example/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://archive.example/debian-security
Suites: bookworm-security
Components: main
`;
  it('finds the main archive, not the security one', () => {
    const sources = [...parseDeb822(deb822).reverse()];
    expect(pickDebianArchive(sources)).toEqual({
      uri: 'http://archive.example/debian',
      signedBy: '/usr/share/keyrings/debian-archive-keyring.gpg',
    });
  });
  it('reads one-line sources with options', () => {
    const sources = parseOneLine('# comment\ndeb [arch=amd64 signed-by=/k.gpg] http://m.example/debian bookworm main contrib\n');
    expect(sources).toEqual([
      {uris: ['http://m.example/debian'], suites: ['bookworm'], components: ['main', 'contrib'], signedBy: '/k.gpg'},
    ]);
  });
  it('skips disabled and deb-src stanzas', () => {
    expect(parseDeb822('Types: deb-src\nURIs: http://x\nSuites: bookworm\n')).toEqual([]);
    expect(parseDeb822('Types: deb\nEnabled: no\nURIs: http://x\nSuites: bookworm\n')).toEqual([]);
  });
});

describe('base images', () => {
  it('reads FROM lines, skipping build stages and scratch', () => {
    const dockerfile =
      'FROM --platform=linux/amd64 python:3.13-slim-trixie AS build\nRUN x\nFROM build\nFROM scratch\nfrom debian:bookworm-slim\n';
    expect(fromImages(dockerfile)).toEqual(['python:3.13-slim-trixie', 'debian:bookworm-slim']);
  });
  it('names the base of the last stage, unless it is an earlier stage', () => {
    expect(finalBase('FROM python:3.13-slim-trixie AS model\nRUN x\nFROM python:3.13-slim-trixie\nCOPY --from=model a b\n')).toBe(
      'python:3.13-slim-trixie',
    );
    expect(finalBase('FROM python:3.13-slim-trixie AS base\nFROM base\n')).toBeUndefined();
    expect(finalBase('RUN nothing\n')).toBeUndefined();
  });
  it('reads compose images of services that do not build', () => {
    const yaml = 'services:\n  db:\n    image: postgres:15-bookworm\n  api:\n    build: ./api\n    image: api:dev\n';
    expect(composeImages(yaml)).toEqual(['postgres:15-bookworm']);
  });
});

describe('small parsers', () => {
  it('parses CLI arguments', () => {
    const args = parseArgs(['01-docker-basics', '--labs-dir', 'tests/fixtures/labs', '--report=out.json'], '/repo');
    expect(args).toMatchObject({
      labIds: ['01-docker-basics'],
      labsDir: path.resolve('/repo/tests/fixtures/labs'),
      reportFile: path.resolve('/repo/out.json'),
    });
    expect(() => parseArgs(['--labs-dir'])).toThrow(/needs a value/);
    expect(() => parseArgs(['--bogus'])).toThrow(/unknown option/);
  });
  it('tells Compose v2 from v1', () => {
    expect(composeMajor('2.26.1-4')).toBe(2);
    expect(composeMajor('v2.29.7')).toBe(2);
    expect(composeMajor('docker-compose version 1.29.2')).toBe(1);
  });
  it('counts TODO lines in any comment style', () => {
    expect(countTodos('# TODO 1: FROM\nRUN x\n// TODO: more\nTODOS are not todos\n')).toBe(2);
  });
  it('matches JSON by the expected fields only', () => {
    expect(jsonContains({status: 'ok', extra: 1}, {status: 'ok'})).toBeUndefined();
    expect(jsonContains({prediction: [0]}, {prediction: [1]})).toMatch(/expected "prediction"\[0\] to be 1, got 0/);
    expect(jsonContains([1], {a: 1})).toMatch(/JSON object/);
  });
  it('matches lists item by item, in order, each item by its expected fields', () => {
    const answer = {
      count: 2,
      predictions: [
        {species: 'setosa', p: 0.9},
        {species: 'virginica', p: 0.8},
      ],
    };
    expect(jsonContains(answer, {count: 2, predictions: [{species: 'setosa'}, {species: 'virginica'}]})).toBeUndefined();
    expect(jsonContains(answer, {predictions: [{species: 'virginica'}, {species: 'setosa'}]})).toMatch(
      /expected "predictions"\[0\]\.species to be "virginica", got "setosa"/,
    );
    expect(jsonContains(answer, {predictions: [{species: 'setosa'}]})).toMatch(/expected "predictions" to be a list of 1/);
    expect(jsonContains({predictions: 'none'}, {predictions: [{species: 'setosa'}]})).toMatch(/to be a list of 1, got "none"/);
  });
  it('finds the text an error message must hold', () => {
    expect(jsonIncludes({error: 'missing field: petal_width'}, {error: 'petal_width'})).toBeUndefined();
    expect(jsonIncludes({error: 'missing field: sepal_length'}, {error: 'petal_width'})).toMatch(
      /expected "error" to contain "petal_width"/,
    );
    expect(jsonIncludes({message: 'petal_width'}, {error: 'petal_width'})).toMatch(/got undefined/);
    expect(jsonIncludes('<!doctype html>', {error: 'x'})).toMatch(/JSON object/);
  });
  it("names the failed tests in a test runner's output", () => {
    const vitest =
      ' ✓ tests/a.test.ts > ok\n FAIL  tests/data-app/stack.test.ts > one transaction per upload > leaves nothing\n Tests  1 failed | 3 passed\n';
    expect(failingTests(vitest)).toEqual(['FAIL  tests/data-app/stack.test.ts > one transaction per upload > leaves nothing']);
    const playwright = '  1) [chromium] › front-end.spec.ts:12:3 › uploads a file\n\n    Error: expect(received)\n';
    expect(failingTests(playwright)).toEqual(['1) [chromium] › front-end.spec.ts:12:3 › uploads a file']);
    expect(failingTests('All good\n')).toEqual([]);
  });
  it('runs the checked equivalent of interactive and registry steps', () => {
    const step = {id: 'p', title: 'P', explain: '', command: 'docker pull x', offlineCheck: 'docker image inspect x'};
    expect(commandToRun(step, 'offline')).toBe('docker image inspect x');
    expect(commandToRun(step, 'online')).toBe('docker pull x');
    expect(commandToRun({id: 'e', title: 'E', explain: '', command: 'docker exec -it b sh', check: 'docker exec b true'}, 'online')).toBe(
      'docker exec b true',
    );
  });
});

describe('tail', () => {
  it('keeps the last lines of an output, without terminal colour codes', () => {
    const ipython = "one\ntwo\n\x1b[31mNameError\x1b[39m: name \x1b[38;5;28;01m'x'\x1b[39;00m is not defined\n";
    expect(tail(ipython, 2)).toBe("two\nNameError: name 'x' is not defined");
  });
});
