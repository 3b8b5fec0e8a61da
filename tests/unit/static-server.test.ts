/** The static server of a built site: pages found as a static host finds them, and gzip as static hosts send it. */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {get as httpGet, type IncomingHttpHeaders} from 'node:http';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {gunzipSync} from 'node:zlib';
import {afterAll, describe, expect, it} from 'vitest';
import {fileFor, serveStatic} from '../../scripts/lib/static-server';

describe('the static server the PDF step prints from, and the benchmarks measure through', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'cheatsheet-site-'));
  mkdirSync(path.join(root, 'docs'));
  writeFileSync(path.join(root, 'docs', 'cheatsheet.html'), '<h1>sheet</h1>');
  writeFileSync(path.join(root, 'docs', 'index.html'), 'docs index');
  writeFileSync(path.join(root, 'style.css'), 'body{}');
  afterAll(() => rmSync(root, {recursive: true, force: true}));

  it('finds a page the way a static host does, below the base URL only', async () => {
    expect(await fileFor(root, '/', '/docs/cheatsheet')).toBe(path.join(root, 'docs', 'cheatsheet.html'));
    expect(await fileFor(root, '/', '/docs/')).toBe(path.join(root, 'docs', 'index.html'));
    expect(await fileFor(root, '/course/', '/course/style.css')).toBe(path.join(root, 'style.css'));
    expect(await fileFor(root, '/course/', '/style.css')).toBeUndefined();
    expect(await fileFor(root, '/', '/missing')).toBeUndefined();
    expect(await fileFor(root, '/', '/%2e%2e/%2e%2e/etc/passwd')).toBeUndefined();
    expect(await fileFor(root, '/', '/%E0%A4%A')).toBeUndefined();
  });

  it('serves on loopback, on a port of its own, with content types', async () => {
    const server = await serveStatic(root, '/');
    try {
      expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const page = await fetch(`${server.origin}/docs/cheatsheet`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(await page.text()).toBe('<h1>sheet</h1>');
      expect((await fetch(`${server.origin}/style.css`)).headers.get('content-type')).toContain('text/css');
      expect((await fetch(`${server.origin}/nothing-here`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('with gzip, compresses text for a client that accepts it, and only text', async () => {
    writeFileSync(path.join(root, 'big.js'), 'const answer = 42;\n'.repeat(500));
    writeFileSync(path.join(root, 'image.png'), Buffer.alloc(4096, 7));
    const server = await serveStatic(root, '/', {gzip: true});
    try {
      const get = (file: string, encoding: string) => new Promise<{headers: IncomingHttpHeaders; body: Buffer}>((resolve, reject) => {
        httpGet(`${server.origin}/${file}`, {headers: {'accept-encoding': encoding}}, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({headers: response.headers, body: Buffer.concat(chunks)}));
        }).on('error', reject);
      });
      const zipped = await get('big.js', 'gzip, deflate, br');
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(zipped.headers.vary).toBe('Accept-Encoding');
      expect(Number(zipped.headers['content-length'])).toBe(zipped.body.length);
      expect(zipped.body.length).toBeLessThan(500);
      expect(gunzipSync(zipped.body).toString()).toBe('const answer = 42;\n'.repeat(500));
      const plain = await get('big.js', 'identity');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.length).toBe(9500);
      const image = await get('image.png', 'gzip');
      expect(image.headers['content-encoding']).toBeUndefined();
      expect(image.body.length).toBe(4096);
    } finally {
      await server.close();
    }
  });
});
