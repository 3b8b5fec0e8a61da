/**
 * Checks every internal link of a built static site against the files on disk: pages, assets,
 * static files, CSS url()s and #fragments. External links are counted, never fetched, so the check
 * does not depend on other sites. Also reports sitemap pages that no page links to.
 *
 * Why not linkinator (7.6.1, the last release for Node 20): it checks a link's #fragment only when
 * it first fetches the page the link leads to, so a fragment linked from a page crawled after its
 * target (on this site, nearly every one: the sidebar reaches each page first) is never checked;
 * and it reports a missing fragment against the target's first referrer, not the page with the
 * link. This check reads every page once and checks every link of every page against them.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {Parser} from 'htmlparser2';

export interface LinkProblem {
  readonly page: string;
  readonly link: string;
  readonly reason: string;
}

export interface LinkReport {
  readonly pages: number;
  readonly checked: number;
  readonly external: number;
  readonly problems: LinkProblem[];
}

export interface ParsedPage {
  readonly ids: Set<string>;
  readonly links: string[];
}

const LINK_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
};

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/** The ids a page defines and the links it makes (anchors, stylesheets, scripts, images, frames). */
export function parsePage(html: string): ParsedPage {
  const ids = new Set<string>();
  const links: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (attributes.id) ids.add(attributes.id);
      if (name === 'a' && attributes.name) ids.add(attributes.name);
      for (const attribute of LINK_ATTRIBUTES[name] ?? []) {
        const value = attributes[attribute];
        if (!value) continue;
        if (attribute === 'srcset') links.push(...value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? ''));
        else links.push(value);
      }
    },
  });
  parser.write(html);
  parser.end();
  return {ids, links: links.filter(Boolean)};
}

/** The `url(…)` references of a stylesheet, data: URLs left out. */
export function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2]!).filter((u) => !u.startsWith('data:'));
}

/** The file a URL path is served from, as a static host with "clean URLs" would pick it. */
function fileForPath(urlPath: string, files: Set<string>): string | undefined {
  const clean = decodeURIComponent(urlPath).replace(/^\//, '');
  const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}.html`, `${clean}/index.html`];
  return candidates.find((c) => files.has(c));
}

function pagePathOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`;
}

/**
 * @param dir the build folder
 * @param siteOrigin the site's public origin and base path (e.g. "https://example.org/"): absolute
 *   links to it are internal links written in full, and are checked like the others
 * @param sitemapPages pages that must be reachable from the home page
 */
export function checkSiteLinks(dir: string, siteOrigin: string, sitemapPages: readonly string[] = []): LinkReport {
  const files = new Set(listFiles(dir));
  const htmlFiles = [...files].filter((f) => f.endsWith('.html'));
  const parsed = new Map<string, ParsedPage>(htmlFiles.map((f) => [f, parsePage(readFileSync(path.join(dir, f), 'utf8'))]));
  const problems: LinkProblem[] = [];
  const linkedFrom = new Map<string, Set<string>>();
  let checked = 0;
  let external = 0;

  const checkLink = (sourceFile: string, link: string, pageUrl: URL): void => {
    if (/^(mailto:|tel:|javascript:|data:|blob:)/.test(link)) return;
    let url: URL;
    try {
      url = new URL(link, pageUrl);
    } catch {
      problems.push({page: sourceFile, link, reason: 'is not a valid URL'});
      return;
    }
    const basePath = new URL(siteOrigin).pathname;
    const written = /^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//');
    const internal = url.href.startsWith(siteOrigin) || (!written && url.origin === pageUrl.origin);
    if (!internal) {
      external += 1;
      return;
    }
    // A link written without the base URL (`/docs/x` on a site served under /course/) leaves the site.
    if (!url.pathname.startsWith(basePath)) {
      checked += 1;
      problems.push({page: sourceFile, link, reason: `is outside the site's base URL ${basePath} (build links with useBaseUrl or <Link>)`});
      return;
    }
    const target = fileForPath(url.pathname.slice(basePath.length - 1), files);
    checked += 1;
    if (!target) {
      problems.push({page: sourceFile, link, reason: 'points to no file of the build'});
      return;
    }
    if (!linkedFrom.has(target)) linkedFrom.set(target, new Set());
    linkedFrom.get(target)!.add(sourceFile);
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && target.endsWith('.html') && !parsed.get(target)?.ids.has(fragment)) {
      problems.push({page: sourceFile, link, reason: `has no element with id "${fragment}" on ${pagePathOf(target)}`});
    }
  };

  const base = new URL(siteOrigin);
  for (const [file, page] of parsed) {
    const pageUrl = new URL(pagePathOf(file).slice(1), base);
    for (const link of page.links) checkLink(file, link, pageUrl);
  }
  for (const file of [...files].filter((f) => f.endsWith('.css'))) {
    const cssUrl = new URL(file, base);
    for (const link of cssUrls(readFileSync(path.join(dir, file), 'utf8'))) checkLink(file, link, cssUrl);
  }

  // A page of the sitemap must be reachable by following links from the home page.
  const reachable = new Set<string>(['index.html']);
  const queue = ['index.html'];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const [target, sources] of linkedFrom) {
      if (sources.has(current) && target.endsWith('.html') && !reachable.has(target)) {
        reachable.add(target);
        queue.push(target);
      }
    }
  }
  for (const page of sitemapPages) {
    const file = fileForPath(page, files);
    if (!file) problems.push({page: 'sitemap.xml', link: page, reason: 'is in the sitemap but not in the build'});
    else if (!reachable.has(file))
      problems.push({page: 'sitemap.xml', link: page, reason: 'cannot be reached by links from the home page'});
  }

  return {pages: htmlFiles.length, checked, external, problems};
}
