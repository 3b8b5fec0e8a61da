/**
 * A tiny static file server for a built site, on loopback and a free port, the way a static host
 * serves it: `/docs/cheatsheet` is `docs/cheatsheet.html`, `/docs/` is `docs/index.html`.
 */
import {createServer} from 'node:http';
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

export async function serveStatic(directory: string, baseUrl: string): Promise<StaticServer> {
  const root = path.resolve(directory);
  const server = createServer((request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    fileFor(root, baseUrl, urlPath)
      .then(async (file) => {
        if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
          response.writeHead(file ? 405 : 404).end();
          return;
        }
        const body = await readFile(file);
        response.writeHead(200, {
          'content-type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
          'content-length': body.length,
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
