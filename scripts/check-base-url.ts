/**
 * `npm run test:links-base-url`: builds the site as a fork's GitHub Pages would publish it, under a
 * base URL that is not `/` (`/docker-for-data-science/`), into build-base-url/, and runs the link
 * check on that build: a link written without the base URL leaves the site there, and is reported.
 */
import {spawnSync} from 'node:child_process';
import path from 'node:path';

const siteDir = path.resolve(import.meta.dirname, '..');
const outDir = 'build-base-url';
const baseUrl = '/docker-for-data-science/';

function run(args: readonly string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(process.execPath, args, {cwd: siteDir, stdio: 'inherit', env});
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run([path.join(siteDir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build', '--out-dir', outDir], {
  ...process.env,
  BASE_URL: baseUrl,
});
run([path.join(siteDir, 'node_modules/tsx/dist/cli.mjs'), path.join(siteDir, 'scripts/check-links.ts'), '--dir', outDir]);
