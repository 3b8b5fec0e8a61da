/** The HTTP mirror the site image is checked through: what it copies, and what it leaves out for the link check to see. */
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {fileOfPath, mirrorSite} from '../../scripts/lib/http-mirror';
import {checkSiteLinks} from '../../scripts/lib/link-check';
import {serveStatic} from '../../lib/static-server';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, {recursive: true, force: true});
});
const scratch = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};

/** A small built site: a home page linking a page, a stylesheet with a font, and a zip. */
function site(): string {
  const root = scratch('mirror-site-');
  mkdirSync(path.join(root, 'docs'), {recursive: true});
  mkdirSync(path.join(root, 'assets'), {recursive: true});
  writeFileSync(
    path.join(root, 'index.html'),
    '<link rel="stylesheet" href="/assets/site.css"><a href="/docs/intro#start">Intro</a><a href="https://example.org/">out</a>',
  );
  writeFileSync(path.join(root, 'docs', 'intro.html'), '<h1 id="start">Start</h1><a href="/downloads/lab.zip">zip</a><a href="/">home</a>');
  writeFileSync(path.join(root, 'assets', 'site.css'), 'body{font-family:x}@font-face{src:url(/assets/font.woff2)}'.repeat(20));
  writeFileSync(path.join(root, 'assets', 'font.woff2'), Buffer.alloc(300, 1));
  mkdirSync(path.join(root, 'downloads'));
  writeFileSync(path.join(root, 'downloads', 'lab.zip'), Buffer.from('PK\u0005\u0006'.padEnd(22, '\u0000')));
  writeFileSync(path.join(root, '404.html'), 'not found');
  writeFileSync(
    path.join(root, 'sitemap.xml'),
    '<urlset><url><loc>https://example.com/</loc></url><url><loc>https://example.com/docs/intro</loc></url></urlset>',
  );
  return root;
}

describe('mirrorSite', () => {
  it('names pages as a static host serves them', () => {
    expect(fileOfPath('/', 'text/html')).toBe('index.html');
    expect(fileOfPath('/docs/intro', 'text/html; charset=utf-8')).toBe('docs/intro.html');
    expect(fileOfPath('/docs/', 'text/html')).toBe('docs/index.html');
    expect(fileOfPath('/assets/a%20b.css', 'text/css')).toBe('assets/a b.css');
  });

  it('copies every page and file the links lead to, byte for byte, with what the server sent', async () => {
    const root = site();
    const server = await serveStatic(root);
    try {
      const copy = scratch('mirror-copy-');
      const mirror = await mirrorSite(server.origin, copy);
      expect(mirror.failures).toEqual([]);
      expect(mirror.served.map((s) => s.path).sort()).toEqual([
        '/',
        '/404.html',
        '/assets/font.woff2',
        '/assets/site.css',
        '/docs/intro',
        '/downloads/lab.zip',
        '/sitemap.xml',
      ]);
      for (const file of ['index.html', 'docs/intro.html', 'assets/site.css', 'assets/font.woff2', 'downloads/lab.zip']) {
        expect(readFileSync(path.join(copy, file)).equals(readFileSync(path.join(root, file))), file).toBe(true);
      }
      const css = mirror.served.find((s) => s.path === '/assets/site.css');
      expect(css?.contentEncoding).toBe('gzip');
      expect(mirror.served.find((s) => s.path === '/downloads/lab.zip')?.contentEncoding).toBeUndefined();
      expect(checkSiteLinks(copy, 'https://example.com/', ['/', '/docs/intro']).problems).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('leaves out what the server does not serve, so the link check on the copy reports it', async () => {
    const root = site();
    rmSync(path.join(root, 'downloads', 'lab.zip'));
    const server = await serveStatic(root);
    try {
      const copy = scratch('mirror-copy-');
      const mirror = await mirrorSite(server.origin, copy);
      expect(mirror.failures).toEqual([{path: '/downloads/lab.zip', reason: 'answered 404'}]);
      expect(checkSiteLinks(copy, 'https://example.com/', ['/', '/docs/intro']).problems.map((p) => p.link)).toEqual([
        '/downloads/lab.zip',
      ]);
    } finally {
      await server.close();
    }
  });
});
