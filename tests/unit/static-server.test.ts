/** The static server of a built site: pages found as a static host finds them, and gzip as static hosts send it. */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {get as httpGet, type IncomingHttpHeaders} from 'node:http';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {gunzipSync} from 'node:zlib';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {serveStatic, type StaticServer} from '../../lib/static-server';

/** A GET as sent, undecoded: `fetch` would decompress the body and hide what was transferred. */
const get = (url: string, encoding = 'identity') =>
  new Promise<{status: number; headers: IncomingHttpHeaders; body: Buffer}>((resolve, reject) => {
    httpGet(url, {headers: {'accept-encoding': encoding}}, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks)}));
    }).on('error', reject);
  });

describe('the static server the tests, the PDF step, the link check and the benchmarks serve the build with', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'static-site-'));
  mkdirSync(path.join(root, 'docs'));
  writeFileSync(path.join(root, 'docs', 'cheatsheet.html'), '<h1>sheet</h1>');
  writeFileSync(path.join(root, 'docs', 'index.html'), 'docs index');
  writeFileSync(path.join(root, 'style.css'), 'body{}');
  writeFileSync(path.join(root, '404.html'), 'Page Not Found');
  writeFileSync(path.join(root, 'big.js'), 'const answer = 42;\n'.repeat(500));
  writeFileSync(path.join(root, 'image.png'), Buffer.alloc(4096, 7));
  let server: StaticServer;
  let underBase: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(root);
    underBase = await serveStatic(root, {baseUrl: '/course/'});
  });
  afterAll(async () => {
    await server.close();
    await underBase.close();
    rmSync(root, {recursive: true, force: true});
  });

  it('serves on loopback, on a port of its own, with content types', async () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const page = await get(`${server.origin}/docs/cheatsheet`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body.toString()).toBe('<h1>sheet</h1>');
    expect((await get(`${server.origin}/style.css`)).headers['content-type']).toContain('text/css');
  });

  it('finds a page the way a static host does, below the base URL only', async () => {
    expect((await get(`${server.origin}/docs/`)).body.toString()).toBe('docs index');
    expect((await get(`${underBase.origin}/course/style.css`)).status).toBe(200);
    expect((await get(`${underBase.origin}/course/docs/cheatsheet`)).body.toString()).toBe('<h1>sheet</h1>');
    for (const missing of ['/style.css', '/docs/cheatsheet'])
      expect((await get(`${underBase.origin}${missing}`)).status, missing).toBe(404);
  });

  it("answers a missing file with 404 and the site's own page, and nothing outside the folder", async () => {
    const missing = await get(`${server.origin}/nothing-here`);
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toBe('Page Not Found');
    expect((await get(`${server.origin}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
    expect((await get(`${server.origin}/..%2f..%2fetc/passwd`)).status).toBe(404);
  });

  it('compresses text with gzip for a client that accepts it, and only text', async () => {
    const zipped = await get(`${server.origin}/big.js`, 'gzip, deflate, br');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toContain('Accept-Encoding');
    expect(zipped.body.length).toBeLessThan(500);
    expect(gunzipSync(zipped.body).toString()).toBe('const answer = 42;\n'.repeat(500));
    const plain = await get(`${server.origin}/big.js`, 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBe(9500);
    const image = await get(`${server.origin}/image.png`, 'gzip');
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.body.length).toBe(4096);
  });
});
