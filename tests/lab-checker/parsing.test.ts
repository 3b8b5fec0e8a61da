import {describe, expect, it} from 'vitest';
import path from 'node:path';
import {parseArgs} from '../../scripts/lab-checker/args';
import {composeImages, fromImages} from '../../scripts/lab-checker/base-images';
import {parseDeb822, parseOneLine, pickDebianArchive} from '../../scripts/lab-checker/engine/apt-sources';
import {composeMajor} from '../../scripts/lab-checker/engine/compose';
import {countTodos} from '../../scripts/lab-checker/starter';
import {jsonContains} from '../../scripts/lab-checker/checks/http';
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
    expect(pickDebianArchive(sources)).toEqual({uri: 'http://archive.example/debian', signedBy: '/usr/share/keyrings/debian-archive-keyring.gpg'});
  });
  it('reads one-line sources with options', () => {
    const sources = parseOneLine('# comment\ndeb [arch=amd64 signed-by=/k.gpg] http://m.example/debian bookworm main contrib\n');
    expect(sources).toEqual([{uris: ['http://m.example/debian'], suites: ['bookworm'], components: ['main', 'contrib'], signedBy: '/k.gpg'}]);
  });
  it('skips disabled and deb-src stanzas', () => {
    expect(parseDeb822('Types: deb-src\nURIs: http://x\nSuites: bookworm\n')).toEqual([]);
    expect(parseDeb822('Types: deb\nEnabled: no\nURIs: http://x\nSuites: bookworm\n')).toEqual([]);
  });
});

describe('base images', () => {
  it('reads FROM lines, skipping build stages and scratch', () => {
    const dockerfile = 'FROM --platform=linux/amd64 python:3.11-slim-bookworm AS build\nRUN x\nFROM build\nFROM scratch\nfrom debian:bookworm-slim\n';
    expect(fromImages(dockerfile)).toEqual(['python:3.11-slim-bookworm', 'debian:bookworm-slim']);
  });
  it('reads compose images of services that do not build', () => {
    const yaml = 'services:\n  db:\n    image: postgres:15-bookworm\n  api:\n    build: ./api\n    image: api:dev\n';
    expect(composeImages(yaml)).toEqual(['postgres:15-bookworm']);
  });
});

describe('small parsers', () => {
  it('parses CLI arguments', () => {
    const args = parseArgs(['01-docker-basics', '--labs-dir', 'tests/fixtures/labs', '--report=out.json'], '/repo');
    expect(args).toMatchObject({labIds: ['01-docker-basics'], labsDir: path.resolve('/repo/tests/fixtures/labs'), reportFile: path.resolve('/repo/out.json')});
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
    expect(jsonContains({prediction: [0]}, {prediction: [1]})).toMatch(/expected "prediction" to be \[1\]/);
    expect(jsonContains([1], {a: 1})).toMatch(/JSON object/);
  });
  it('runs the checked equivalent of interactive and registry steps', () => {
    const step = {id: 'p', title: 'P', explain: '', command: 'docker pull x', offlineCheck: 'docker image inspect x'};
    expect(commandToRun(step, 'offline')).toBe('docker image inspect x');
    expect(commandToRun(step, 'online')).toBe('docker pull x');
    expect(commandToRun({id: 'e', title: 'E', explain: '', command: 'docker exec -it b sh', check: 'docker exec b true'}, 'online')).toBe('docker exec b true');
  });
});
