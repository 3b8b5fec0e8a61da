import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {importLabFiles, parseImportMeta, readImport} from '../../src/remark/import-lab-files';

const root = mkdtempSync(path.join(tmpdir(), 'import-lab-files-'));
writeFileSync(path.join(root, 'Dockerfile'), 'FROM python:3.11-slim-bookworm\r\nUSER app\r\nCMD ["python", "hello.py"]\n');

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
    expect(readImport({file: 'Dockerfile'}, root)).toBe('FROM python:3.11-slim-bookworm\nUSER app\nCMD ["python", "hello.py"]');
  });

  it('returns a line range', () => {
    expect(readImport({file: 'Dockerfile', lines: {from: 2, to: 2}}, root)).toBe('USER app');
  });

  it('says what is wrong with a missing file, a bad range or a path outside the repository', () => {
    expect(() => readImport({file: 'missing.txt'}, root)).toThrow('file=missing.txt does not exist');
    expect(() => readImport({file: 'Dockerfile', lines: {from: 2, to: 9}}, root)).toThrow('which has 3 lines');
    expect(() => readImport({file: '../etc/passwd'}, root)).toThrow('outside the repository');
  });
});

describe('importLabFiles (the remark transform)', () => {
  it('fills a code block from the repository and titles it with the path inside labs/', () => {
    const code = {type: 'code', lang: 'json', meta: 'file=package.json lines=2-2', value: ''};
    importLabFiles()({type: 'root', children: [code]}, {path: 'page.mdx'});
    expect(code.value).toMatch(/"name": "docker-for-data-science"/);
    expect(code.meta).toBe('title="package.json"');
  });

  it('fails the build naming the page when the file is missing', () => {
    const code = {type: 'code', meta: 'file=labs/nope/Dockerfile', value: ''};
    expect(() => importLabFiles()({type: 'root', children: [code]}, {path: 'docs/labs/x.mdx'})).toThrow(
      'docs/labs/x.mdx: file=labs/nope/Dockerfile does not exist',
    );
  });
});
