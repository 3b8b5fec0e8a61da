/**
 * The lab bundles, read back with Info-ZIP's `unzip` (Debian's package), an implementation of its
 * own: what a student's unzip tool sees.
 */
import {cpSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildLabBundle, buildLabBundles, labFolders} from '../../lib/bundles/lab-bundles';
import {filesUnder, hasUnzip, scratch, unzipChecked} from './scratch';

const LABS = path.resolve('labs');

describe('lab bundles', () => {
  it('are one per lab folder, lab 02 with its four workflows', () => {
    const folders = labFolders(LABS);
    expect(folders).toEqual(
      readdirSync(LABS)
        .filter((name) => /^\d\d-/.test(name))
        .sort(),
    );
    const lab02 = buildLabBundle(LABS, '02-workflows');
    for (const part of ['w1-jupyter', 'w2-project', 'w3-data-app', 'w4-api'])
      expect(lab02.files).toContain(`02-workflows/${part}/check.sh`);
  });

  it("give the same bytes from two builds, whatever the files' times", () => {
    const copy = scratch('bundle-labs-');
    cpSync(LABS, copy, {recursive: true});
    const first = buildLabBundles(copy);
    // A checkout made on another day: every file gets another modification time.
    for (const file of filesUnder(copy))
      utimesSync(path.join(copy, file), new Date('2031-05-06T07:08:09Z'), new Date('2031-05-06T07:08:09Z'));
    const second = buildLabBundles(copy);
    expect(second.map((b) => b.sha256)).toEqual(first.map((b) => b.sha256));
    expect(Buffer.compare(second[0]!.bytes, first[0]!.bytes)).toBe(0);
  });

  it('refuse a shell script with CRLF line ends, which bash cannot run', () => {
    const copy = scratch('bundle-crlf-');
    cpSync(path.join(LABS, '01-docker-basics'), path.join(copy, '01-docker-basics'), {recursive: true});
    const script = path.join(copy, '01-docker-basics', 'check.sh');
    writeFileSync(script, readFileSync(script, 'utf8').replace(/\n/g, '\r\n'));
    expect(() => buildLabBundle(copy, '01-docker-basics')).toThrow(/check\.sh has CRLF line ends/);
  });
});

describe.skipIf(!hasUnzip)('lab bundles, unzipped by Info-ZIP unzip', () => {
  for (const lab of labFolders(LABS)) {
    it(`${lab}: tests clean, unzips to exactly the lab's files, scripts executable, no lab.ts`, () => {
      const bundle = buildLabBundle(LABS, lab);
      const {out, files: inZip} = unzipChecked(bundle.fileName, bundle.bytes, 'bundle-unzip-');
      expect(inZip).toEqual([...bundle.files].sort());
      expect(inZip.some((file) => file.endsWith('/lab.ts'))).toBe(false);
      expect(inZip).toContain(`${lab}/README.md`);
      for (const file of inZip) {
        expect(readFileSync(path.join(out, file)).equals(readFileSync(path.join(LABS, file))), file).toBe(true);
        const executable = (statSync(path.join(out, file)).mode & 0o111) !== 0;
        expect(executable, `${file} is executable`).toBe(file.endsWith('.sh'));
      }
    });
  }
});
