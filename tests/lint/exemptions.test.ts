import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join, relative, resolve} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {lintLabs, type LintExemption} from '../../scripts/lab-checker/lint/index.js';
import {loadLabParts} from '../../lib/labs/time-model.js';

const ROOTLESS = 'FROM python:3.11-slim-bookworm\nCMD ["python"]\n';

describe("a lab's lint exemptions (its manifest's lintExemptions)", () => {
  let lab = '';
  const located = async (exemptions: readonly LintExemption[]): Promise<string[]> =>
    (await lintLabs(lab, {exemptions})).map((f) => `${relative(lab, f.file)}:${f.line} ${f.ruleId}`);

  beforeAll(async () => {
    lab = await mkdtemp(join(tmpdir(), 'lint-exemptions-'));
    for (const folder of ['starter', 'solution']) {
      await mkdir(join(lab, folder));
      await writeFile(join(lab, folder, 'Dockerfile'), ROOTLESS);
      await writeFile(join(lab, folder, '.dockerignore'), '.git\n');
    }
  });

  afterAll(async () => {
    await rm(lab, {recursive: true, force: true});
  });

  const starter = {file: 'starter/Dockerfile', rules: ['non-root-user'], reason: 'the user is TODO 2 of this exercise'};

  it('silence their rule in their file, and nowhere else', async () => {
    expect(await located([])).toEqual(['solution/Dockerfile:1 non-root-user', 'starter/Dockerfile:1 non-root-user']);
    expect(await located([starter])).toEqual(['solution/Dockerfile:1 non-root-user']);
  });

  it('silence nothing, and are reported, when they name an unknown rule or give no reason', async () => {
    expect(await located([{...starter, rules: ['non-root-usr']}])).toEqual([
      'solution/Dockerfile:1 non-root-user',
      'starter/Dockerfile:1 ignore-directive-valid',
      'starter/Dockerfile:1 non-root-user',
    ]);
    expect(await located([{...starter, reason: ' '}])).toContain('starter/Dockerfile:1 ignore-directive-valid');
    expect(await located([{...starter, rules: []}])).toContain('starter/Dockerfile:1 ignore-directive-valid');
  });

  it('are reported when they silence nothing: a finished file, or a file that is not there', async () => {
    const findings = await lintLabs(lab, {
      exemptions: [starter, {...starter, file: 'starter/Dockerfile.old'}, {...starter, rules: ['copy-not-add']}],
    });
    expect(findings.filter((f) => f.ruleId === 'ignore-directive-valid').map((f) => `${relative(lab, f.file)}: ${f.message}`)).toEqual([
      "starter/Dockerfile: The lint exemption of starter/Dockerfile from copy-not-add silences nothing: remove it from the lab's lintExemptions",
      "starter/Dockerfile.old: The lint exemption of starter/Dockerfile.old from non-root-user silences nothing: remove it from the lab's lintExemptions",
    ]);
  });
});

describe("the labs' own exemptions", () => {
  const labsDir = resolve(__dirname, '../../labs');

  it('are each needed, and silence all the lab needs', async () => {
    const parts = await loadLabParts(labsDir, '02-workflows');
    const exempt = parts.filter(({manifest}) => (manifest.lintExemptions ?? []).length > 0);
    expect(exempt.map(({manifest}) => manifest.id)).toEqual([
      '02-workflows/w1-jupyter',
      '02-workflows/w2-project',
      '02-workflows/w3-data-app',
    ]);
    for (const {manifest} of exempt) {
      const dir = join(labsDir, manifest.id);
      const exemptions = manifest.lintExemptions ?? [];
      const without = await lintLabs(dir);
      // Without its exemptions, each exempted file trips each exempted rule; with them, the lab is clean.
      for (const exemption of exemptions) {
        for (const rule of exemption.rules) {
          expect(
            without.some((f) => f.ruleId === rule && f.file === join(dir, exemption.file)),
            `${manifest.id}: ${exemption.file} ${rule}`,
          ).toBe(true);
        }
      }
      expect(
        (await lintLabs(dir, {exemptions})).filter((f) => f.severity === 'error' && f.ruleId !== 'script-shellcheck'),
        manifest.id,
      ).toEqual([]);
    }
  });
});
