/**
 * A tiny static file server for a built site, on loopback and a free port, the way a static host
 * serves it: `/docs/cheatsheet` is `docs/cheatsheet.html`, `/docs/` is `docs/index.html`; with
 * `gzip`, text is sent gzip-compressed to a client that accepts it, as static hosts do (what a
 * first visit really transfers, for the benchmarks).
 */
import {createServer} from 'node:http';
import {gzipSync} from 'node:zlib';
import {readFile, stat} from 'node:fs/promises';
import type {AddressInfo} from 'node:net';
import path from 'node:path';

export interface StaticServer {
  /** The server's origin, e.g. `http://127.0.0.1:41234`. */
  readonly origin: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.pdf': 'application/pdf',
};

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** The file a URL path names inside `root`, or undefined (outside `root`, or no such file). */
export async function fileFor(root: string, baseUrl: string, urlPath: string): Promise<string | undefined> {
  if (!urlPath.startsWith(baseUrl)) return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath.slice(baseUrl.length));
  } catch {
    return undefined;
  }
  const base = path.resolve(root, relative);
  if (base !== root && !base.startsWith(root + path.sep)) return undefined;
  for (const candidate of [base, `${base}.html`, path.join(base, 'index.html')]) {
    if (await isFile(candidate)) return candidate;
  }
  return undefined;
}

/** Types a static host compresses: text. Images, fonts, zips and PDFs are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.xml']);

export interface ServeOptions {
  /** Send text gzip-compressed (level 6, the usual default) to clients whose Accept-Encoding has gzip. */
  readonly gzip?: boolean;
}

export async function serveStatic(directory: string, baseUrl: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = path.resolve(directory);
  const server = createServer((request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    fileFor(root, baseUrl, urlPath)
      .then(async (file) => {
        if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
          response.writeHead(file ? 405 : 404).end();
          return;
        }
        const extension = path.extname(file).toLowerCase();
        const compress = options.gzip === true && COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
        const raw = await readFile(file);
        const body = compress ? gzipSync(raw, {level: 6}) : raw;
        response.writeHead(200, {
          'content-type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
          'content-length': body.length,
          ...(options.gzip === true ? {vary: 'Accept-Encoding'} : {}),
          ...(compress ? {'content-encoding': 'gzip'} : {}),
        });
        response.end(request.method === 'HEAD' ? undefined : body);
      })
      .catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const {port} = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
