import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkSiteLinks} from '../../scripts/lib/link-check';

const origin = 'https://course.example/';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'link-check-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), {recursive: true});
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const page = (body: string) =>
  `<!doctype html><html><head><link rel="stylesheet" href="/assets/site.css"></head><body>${body}</body></html>`;

describe('checkSiteLinks', () => {
  it('passes a site whose links, assets, fragments and CSS urls all resolve', () => {
    const dir = site({
      'index.html': page('<a href="/docs/intro#setup">intro</a><img src="img/logo.svg" alt=""><a href="https://elsewhere.example/">x</a>'),
      'docs/intro.html': page('<h2 id="setup">Setup</h2><a href="../">home</a><a href="https://course.example/docs/intro">self</a>'),
      'assets/site.css': 'body{background:url(../img/logo.svg)}',
      'img/logo.svg': '<svg/>',
    });
    const report = checkSiteLinks(dir, origin, ['/', '/docs/intro']);
    expect(report.problems).toEqual([]);
    expect(report.external).toBe(1);
    expect(report.checked).toBeGreaterThanOrEqual(6);
  });

  it('reports a missing page, a missing static file, a missing anchor and a broken CSS url', () => {
    const dir = site({
      'index.html': page('<a href="/docs/gone">gone</a><a href="/docs/intro#nowhere">anchor</a><img src="/img/missing.png" alt="">'),
      'docs/intro.html': page('<h2 id="setup">Setup</h2>'),
      'assets/site.css': 'body{background:url(/img/none.png)}',
    });
    const reasons = checkSiteLinks(dir, origin).problems.map((p) => `${p.page} ${p.link}: ${p.reason}`);
    expect(reasons).toEqual(
      expect.arrayContaining([
        'index.html /docs/gone: points to no file of the build',
        'index.html /docs/intro#nowhere: has no element with id "nowhere" on /docs/intro',
        'index.html /img/missing.png: points to no file of the build',
        'assets/site.css /img/none.png: points to no file of the build',
      ]),
    );
  });

  it('reports sitemap pages that no link reaches from the home page', () => {
    const dir = site({'index.html': page('home'), 'orphan.html': page('alone'), 'assets/site.css': ''});
    expect(checkSiteLinks(dir, origin, ['/', '/orphan']).problems).toEqual([
      {page: 'sitemap.xml', link: '/orphan', reason: 'cannot be reached by links from the home page'},
    ]);
  });

  it('on a site under a base URL, reports a link written without it, and follows those written with it', () => {
    const dir = site({
      'index.html':
        '<a href="/course/docs/intro">intro</a><a href="/docs/intro">no base</a><a href="https://course.example/other-project/">another site</a>',
      'docs/intro.html': '<a href="/course/">home</a>',
    });
    const report = checkSiteLinks(dir, 'https://course.example/course/', ['/', '/docs/intro']);
    expect(report.problems.map((p) => `${p.page} ${p.link}`)).toEqual(['index.html /docs/intro']);
    expect(report.problems[0]?.reason).toContain("outside the site's base URL /course/");
    expect(report.external).toBe(1);
  });
});
