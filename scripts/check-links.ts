/** `npm run test:links`: link check of the production build. Exits 1 on any broken link. */
import {checkSiteLinks} from './lib/link-check';
import {buildDir, siteOrigin, sitemapPaths} from './lib/site-pages';

// The search results page is reached through the search box's form, not through a link.
const reachedByForms = new Set(['/search']);
const report = checkSiteLinks(buildDir, siteOrigin(), sitemapPaths().filter((p) => !reachedByForms.has(p)));
for (const p of report.problems) console.error(`BROKEN  ${p.link}\n        on ${p.page}: ${p.reason}`);
console.log(
  `Link check: ${report.pages} pages, ${report.checked} internal links checked, ${report.problems.length} broken; ${report.external} external links not fetched.`,
);
if (report.problems.length > 0 || report.checked === 0) process.exit(1);
