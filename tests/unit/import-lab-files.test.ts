import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {importLabFiles, parseImportMeta, readImport} from '../../src/remark/import-lab-files';

const root = mkdtempSync(path.join(tmpdir(), 'import-lab-files-'));
writeFileSync(path.join(root, 'Dockerfile'), 'FROM python:3.13-slim-trixie\r\nUSER app\r\nCMD ["python", "hello.py"]\n');
writeFileSync(path.join(root, 'blocks.txt'), 'one\ntwo\n\nthree\nfour\n\nfive\n');

describe('parseImportMeta', () => {
  it('reads file and line range, ignores blocks without file=', () => {
    expect(parseImportMeta('file=labs/a/Dockerfile lines=2-3 title="x"')).toEqual({
      file: 'labs/a/Dockerfile',
      lines: {from: 2, to: 3},
    });
    expect(parseImportMeta('title="no import"')).toBeUndefined();
    expect(parseImportMeta(undefined)).toBeUndefined();
  });
});

describe('readImport', () => {
  it('returns the file with LF endings and no final newline', () => {
    expect(readImport({file: 'Dockerfile'}, root)).toBe('FROM python:3.13-slim-trixie\nUSER app\nCMD ["python", "hello.py"]');
  });

  it('returns a line range of whole blocks', () => {
    expect(readImport({file: 'blocks.txt', lines: {from: 4, to: 5}}, root)).toBe('three\nfour');
    expect(readImport({file: 'blocks.txt', lines: {from: 1, to: 5}}, root)).toBe('one\ntwo\n\nthree\nfour');
    expect(readImport({file: 'blocks.txt', lines: {from: 7, to: 7}}, root)).toBe('five');
  });

  it('refuses a range that cuts a block, as a range does once lines are added above it', () => {
    expect(() => readImport({file: 'blocks.txt', lines: {from: 4, to: 4}}, root)).toThrow('ends inside a block (line 5 is not blank)');
    expect(() => readImport({file: 'blocks.txt', lines: {from: 5, to: 6}}, root)).toThrow('starts inside a block (line 4 is not blank)');
  });

  it('says what is wrong with a missing file, a bad range or a path outside the repository', () => {
    expect(() => readImport({file: 'missing.txt'}, root)).toThrow('file=missing.txt does not exist');
    expect(() => readImport({file: 'Dockerfile', lines: {from: 2, to: 9}}, root)).toThrow('which has 3 lines');
    expect(() => readImport({file: '../etc/passwd'}, root)).toThrow('outside the repository');
  });
});

describe('importLabFiles (the remark transform)', () => {
  it('fills a code block from the repository and titles it with the path inside labs/', () => {
    const code = {type: 'code', lang: 'dockerfile', meta: 'file=labs/01-docker-basics/solution/Dockerfile lines=3-4', value: ''};
    importLabFiles()({type: 'root', children: [code]}, {path: 'page.mdx'});
    expect(code.value).toMatch(/^# .*\nFROM python:3\.13-slim-trixie$/);
    expect(code.meta).toBe('title="01-docker-basics/solution/Dockerfile"');
  });

  it('fails the build naming the page when the file is missing', () => {
    const code = {type: 'code', meta: 'file=labs/nope/Dockerfile', value: ''};
    expect(() => importLabFiles()({type: 'root', children: [code]}, {path: 'docs/labs/x.mdx'})).toThrow(
      'docs/labs/x.mdx: file=labs/nope/Dockerfile does not exist',
    );
  });
});

describe('pin=: one pinned package of a requirements file', () => {
  writeFileSync(path.join(root, 'requirements.txt'), '# pins\npandas==1.5.3  # the data frames\npandas-stubs==2.0.0\nnumpy==1.24.2\n');

  it('shows the line that pins the package, without its comment', () => {
    expect(parseImportMeta('file=requirements.txt pin=pandas')).toEqual({file: 'requirements.txt', pin: 'pandas'});
    expect(readImport({file: 'requirements.txt', pin: 'pandas'}, root)).toBe('pandas==1.5.3');
    expect(readImport({file: 'requirements.txt', pin: 'NumPy'}, root)).toBe('numpy==1.24.2');
  });

  it('fails on a package the file does not pin', () => {
    expect(() => readImport({file: 'requirements.txt', pin: 'scipy'}, root)).toThrow(
      /pin=scipy: requirements\.txt has 0 lines pinning scipy==/,
    );
  });
});
