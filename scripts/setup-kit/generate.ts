/**
 * `npx tsx scripts/setup-kit/generate.ts [--check]`: writes the setup scripts of `setup/` from the
 * lab manifests and Compose files (`course.ts`) and the templates (`render.ts`); with `--check`, only
 * says whether the files in `setup/` are what it would write, and exits 1 when one is not.
 *
 * Why committed files and not a build step: a clone of the repository, the ZIP of GitHub, and a
 * course bundle all carry `setup/` and run the scripts from there, with no Node.js and no build; the
 * site offers the same files for download (Docusaurus turns the page's links to them into assets).
 * A unit test (tests/unit/setup-kit.test.ts) fails when a lab changes and the scripts were not
 * generated again, so the committed files cannot drift from the labs.
 */
import {readFileSync, writeFileSync, existsSync} from 'node:fs';
import path from 'node:path';
import {loadCourse} from './course';
import {renderAll} from './render';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const check = process.argv.includes('--check');
const course = await loadCourse(repoRoot);
const stale: string[] = [];
for (const [name, text] of renderAll(course)) {
  const file = path.join(repoRoot, 'setup', name);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (current === text) continue;
  if (check) {
    stale.push(name);
    continue;
  }
  writeFileSync(file, text, {mode: name.endsWith('.sh') ? 0o755 : 0o644});
  console.log(`wrote setup/${name}`);
}
if (check && stale.length > 0) {
  console.error(`Not what the labs give: ${stale.map((name) => `setup/${name}`).join(', ')}. Run: npx tsx scripts/setup-kit/generate.ts`);
  process.exit(1);
}
if (check) console.log('setup/ is up to date.');
