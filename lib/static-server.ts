/**
 * Serves a built site the way a static host serves it, with sirv behind compression: `/docs/cheatsheet`
 * is `docs/cheatsheet.html`, `/docs/` is `docs/index.html`, a missing file is the site's 404.html with
 * status 404, and text goes gzip-compressed to a client that accepts it (what a first visit really
 * transfers). Only paths below the base URL are the site's; any other path is missing.
 *
 * The one way the project serves a build: the browser tests (`scripts/serve.ts`), the cheatsheet
 * plugin's print, the link check and the benchmarks.
 */
import {readFile} from 'node:fs/promises';
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

export interface StaticServer {
  /** The server's origin, e.g. `http://127.0.0.1:41234`. */
  readonly origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** The path the site is served under, `/` or e.g. `/docker-for-data-science/`. */
  readonly baseUrl?: string;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
}

type Middleware = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

/** Serves `directory` on loopback until `close()`. */
export async function serveStatic(directory: string, {baseUrl = '/', port = 0}: ServeOptions = {}): Promise<StaticServer> {
  const root = path.resolve(directory);
  // compression is Connect middleware: it works on node:http's request and response as they are.
  const compress = compression() as unknown as Middleware;
  const files = sirv(root, {dev: true, dotfiles: false}) as Middleware;
  const notFound = (response: ServerResponse): void => {
    readFile(path.join(root, '404.html')).then(
      (page) => response.writeHead(404, {'content-type': 'text/html; charset=utf-8'}).end(page),
      () => response.writeHead(404).end(),
    );
  };
  const server = createServer((request, response) => {
    // The hosts this site is published on (GitHub Pages, the nginx image of docker/site/) send gzip.
    request.headers['accept-encoding'] = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')) ? 'gzip' : 'identity';
    compress(request, response, () => {
      const url = request.url ?? '/';
      if (!url.startsWith(baseUrl)) return notFound(response);
      request.url = `/${url.slice(baseUrl.length)}`;
      files(request, response, () => notFound(response));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
