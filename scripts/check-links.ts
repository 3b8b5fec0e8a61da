/**
 * `npm run test:links [-- --dir <folder>]`: link check of the production build (build/, or the folder
 * named, such as a build for a non-root base URL), and of its downloads. Exits 1 on any broken link.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {checkDownloads} from './bundles/download-check';
import {checkSiteLinks} from './lib/link-check';
import {buildDir as defaultBuildDir, htmlFileOf, siteOrigin, sitemapPaths} from './lib/site-pages';
import {unrenderedAdmonitions} from './lib/unrendered-markup';

const dirFlag = process.argv.indexOf('--dir');
const buildDir = dirFlag === -1 ? defaultBuildDir : path.resolve(process.argv[dirFlag + 1] ?? '');
// The sitemap lists pages under the site's base URL (/docker-for-data-science/docs/…); the build folder has them at its root.
const basePath = new URL(siteOrigin(buildDir)).pathname;
const pages = sitemapPaths(buildDir).map((page) => (page.startsWith(basePath) ? `/${page.slice(basePath.length)}` : page));
// The search results page is reached through the search box's form, not through a link.
const reachedByForms = new Set(['/search']);
const report = checkSiteLinks(
  buildDir,
  siteOrigin(buildDir),
  pages.filter((p) => !reachedByForms.has(p)),
);
for (const p of report.problems) console.error(`BROKEN  ${p.link}\n        on ${p.page}: ${p.reason}`);
console.log(
  `Link check of ${path.relative(process.cwd(), buildDir) || '.'} (base URL ${basePath}): ${report.pages} pages, ${report.checked} internal links checked, ${report.problems.length} broken; ${report.external} external links not fetched.`,
);
// The same pages, read once more for Markdown that was shown as text instead of turned into markup.
const unrendered = pages.flatMap((page) =>
  unrenderedAdmonitions(readFileSync(htmlFileOf(page, buildDir), 'utf8')).map((fence) => `${page}: ${fence}`),
);
for (const problem of unrendered) console.error(`UNRENDERED  ${problem} (write :::kind[Title])`);
// The zips, PDFs and SHA-256 files: each listed on Downloads, each zip whole and its SHA-256 true.
const downloads = checkDownloads(buildDir, basePath);
for (const problem of downloads) console.error(`DOWNLOAD  ${problem.file}: ${problem.reason}`);
console.log(`Download check: every file of downloads/ linked from Downloads, zips whole, SHA-256s true: ${downloads.length} problems.`);
if (report.problems.length > 0 || report.checked === 0 || unrendered.length > 0 || downloads.length > 0) process.exit(1);
