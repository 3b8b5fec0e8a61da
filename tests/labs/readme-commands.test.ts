/**
 * A lab folder's README repeats the few commands a student needs when working from the downloaded
 * folder alone. Each of them must be a command of the lab's steps, which the checker runs, so the
 * README cannot drift from what CI proved.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {describe, expect, it} from 'vitest';
import type {LabManifest} from '../../lib/labs/manifest';
import {findLabIds} from '../../lib/labs/load-labs';

const LABS = fileURLToPath(new URL('../../labs', import.meta.url));
// Every lab folder, lab 02's workflows (`02-workflows/w1-jupyter`) included.
const labs = findLabIds(LABS).filter((lab) => existsSync(path.join(LABS, lab, 'README.md')));

/** The command lines of the README's shell blocks, without their trailing `# comments`. */
function readmeCommands(markdown: string): string[] {
  const commands: string[] = [];
  let inShell = false;
  for (const line of markdown.split('\n')) {
    if (/^```/.test(line)) {
      inShell = !inShell && /^```(bash|sh|shell|powershell|ps1)\s*$/.test(line);
      continue;
    }
    const command = line.replace(/\s+#\s.*$/, '').trim();
    if (inShell && command) commands.push(command);
  }
  return commands;
}

describe('lab READMEs', () => {
  it('exist for the labs', () => {
    expect(labs.length).toBeGreaterThan(0);
  });

  it.each(labs)('%s: every command in README.md is one of the steps the checker runs', async (lab) => {
    const manifest = ((await import(pathToFileURL(path.join(LABS, lab, 'lab.ts')).href)) as {default: LabManifest}).default;
    const proved = new Set(
      (manifest.steps ?? []).flatMap((step) =>
        [step.command, step.powershell, step.linuxOtherUser].filter((c): c is string => c !== undefined),
      ),
    );
    const commands = readmeCommands(readFileSync(path.join(LABS, lab, 'README.md'), 'utf8'));
    expect(commands.length).toBeGreaterThan(0);
    expect(commands.filter((command) => !proved.has(command))).toEqual([]);
  });

  it('reads only shell blocks, and drops trailing comments', () => {
    const markdown = [
      '```bash',
      'docker ps   # list',
      '```',
      '```text',
      'not a command',
      '```',
      '```powershell',
      '.\\check.ps1',
      '```',
    ].join('\n');
    expect(readmeCommands(markdown)).toEqual(['docker ps', '.\\check.ps1']);
  });
});
