/**
 * The pages of the built site, read from its sitemap: the list the link check and the
 * accessibility scan walk, so a new page is covered without anyone listing it.
 */
import {existsSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';

export const buildDir = path.resolve(import.meta.dirname, '../../build');

/** Site paths ("/", "/docs/course/outline", …) of every page in the built sitemap. */
export function sitemapPaths(dir: string = buildDir): string[] {
  let xml: string;
  try {
    xml = readFileSync(path.join(dir, 'sitemap.xml'), 'utf8');
  } catch {
    throw new Error(`No sitemap in ${dir}: run "npm run build" first.`);
  }
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  if (locs.length === 0) throw new Error(`The sitemap in ${dir} lists no pages.`);
  return [...new Set(locs)].sort();
}

/** The origin and base path the build was made for: the shortest address in its sitemap, the home page. */
export function siteOrigin(dir: string = buildDir): string {
  const xml = readFileSync(path.join(dir, 'sitemap.xml'), 'utf8');
  const home = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!).sort((a, b) => a.length - b.length)[0];
  if (!home) throw new Error(`The sitemap in ${dir} lists no pages.`);
  return home.endsWith('/') ? home : `${home}/`;
}

/** The built HTML file of a site path ("/docs/labs/02-workflows" → build/docs/labs/02-workflows.html). */
export function htmlFileOf(page: string, dir: string = buildDir): string {
  const clean = page.replace(/^\/+/, '');
  const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [`${clean}.html`, `${clean}/index.html`, clean];
  const found = candidates.map((candidate) => path.join(dir, candidate)).find((file) => existsSync(file) && statSync(file).isFile());
  if (!found) throw new Error(`The sitemap lists ${page}, but the build has no HTML file for it.`);
  return found;
}
