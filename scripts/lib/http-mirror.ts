/**
 * Copies a served site into a folder by following its links over HTTP, from the home page and the
 * sitemap, so the link check (link-check.ts) can be run on what a server really serves. A link the
 * server does not answer (or answers with an error) leaves its file out of the copy, so the link
 * check then reports it as broken. Each response is checked for what a static host must send.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {cssUrls, parsePage} from './link-check';

export interface Served {
  /** Site path, e.g. `/docs/labs/03-model` or `/assets/js/main.js`. */
  readonly path: string;
  readonly status: number;
  readonly contentType: string;
  readonly contentEncoding: string | undefined;
  readonly cacheControl: string | undefined;
}

export interface Mirror {
  /** Every response, in the order fetched. */
  readonly served: readonly Served[];
  /** Site paths that answered with an error status, or not at all, with what happened. */
  readonly failures: readonly {path: string; reason: string}[];
}

/** Where a served path goes in the copy: pages as `<path>.html` (or `index.html`), files as they are named. */
export function fileOfPath(sitePath: string, contentType: string): string {
  const clean = decodeURIComponent(sitePath).replace(/^\/+/, '');
  if (clean === '' || clean.endsWith('/')) return `${clean}index.html`;
  if (contentType.startsWith('text/html') && !clean.endsWith('.html')) return `${clean}.html`;
  return clean;
}

/** Mirrors the site at `origin` (e.g. `http://127.0.0.1:8080`) into `dir`; `fetchImpl` decompresses as browsers do. */
export async function mirrorSite(origin: string, dir: string, fetchImpl: typeof fetch = fetch): Promise<Mirror> {
  const served: Served[] = [];
  const failures: {path: string; reason: string}[] = [];
  const seen = new Set<string>();
  const queue: string[] = ['/', '/sitemap.xml', '/404.html'];
  const enqueue = (link: string, from: string): void => {
    let url: URL;
    try {
      url = new URL(link, new URL(from, origin));
    } catch {
      return;
    }
    if (url.origin !== origin) return;
    if (!seen.has(url.pathname)) queue.push(url.pathname);
  };
  while (queue.length > 0) {
    const sitePath = queue.shift()!;
    if (seen.has(sitePath)) continue;
    seen.add(sitePath);
    let response: Response;
    try {
      response = await fetchImpl(`${origin}${sitePath}`, {headers: {'accept-encoding': 'gzip'}, redirect: 'manual'});
    } catch (error) {
      failures.push({path: sitePath, reason: `no answer (${error instanceof Error ? error.message : String(error)})`});
      continue;
    }
    const contentType = response.headers.get('content-type') ?? '';
    const body = Buffer.from(await response.arrayBuffer());
    served.push({
      path: sitePath,
      status: response.status,
      contentType,
      contentEncoding: response.headers.get('content-encoding') ?? undefined,
      cacheControl: response.headers.get('cache-control') ?? undefined,
    });
    if (response.status !== 200) {
      failures.push({path: sitePath, reason: `answered ${response.status}`});
      continue;
    }
    const file = path.join(dir, fileOfPath(sitePath, contentType));
    mkdirSync(path.dirname(file), {recursive: true});
    writeFileSync(file, body);
    if (contentType.startsWith('text/html')) for (const link of parsePage(body.toString('utf8')).links) enqueue(link, sitePath);
    else if (contentType.startsWith('text/css')) for (const link of cssUrls(body.toString('utf8'))) enqueue(link, sitePath);
    else if (sitePath === '/sitemap.xml')
      for (const m of body.toString('utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) enqueue(new URL(m[1]!).pathname, sitePath);
  }
  return {served, failures};
}
