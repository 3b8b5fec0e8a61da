/**
 * Run with the checker's engine (`npm run test:with-engine`), after `npm run build`: the course
 * site image (docker/site/) is built from build/, started, and crawled over HTTP; the link check
 * then runs on what the container served, so every page, asset and zip is proven to come from it.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {fileOfPath, mirrorSite, type Mirror} from '../../scripts/lib/http-mirror';
import {checkSiteLinks} from '../../scripts/lib/link-check';
import {buildDir, siteOrigin, sitemapPaths} from '../../scripts/lib/site-pages';

const engineAnswers = spawnSync('docker', ['version', '--format', '{{.Server.Version}}'], {encoding: 'utf8'}).status === 0;
if (!engineAnswers && process.env.REQUIRE_DOCKER_COMPOSE === '1')
  throw new Error('REQUIRE_DOCKER_COMPOSE=1, but no Docker engine answers: these tests would only skip');

const TAG = `docker-for-data-science-site:test-${process.pid}`;
const NAME = `dfds-site-test-${process.pid}`;
const docker = (...args: string[]) => spawnSync('docker', args, {encoding: 'utf8', timeout: 600_000});

describe.skipIf(!engineAnswers)('the course site image, on a real engine', () => {
  let origin = '';
  let mirrorDir = '';
  let mirror: Mirror = {served: [], failures: []};

  beforeAll(async () => {
    if (!existsSync(path.join(buildDir, 'index.html'))) throw new Error('There is no built site in build/: run "npm run build" first.');
    const built = docker('build', '--file', 'docker/site/Dockerfile', '--tag', TAG, '.');
    if (built.status !== 0)
      throw new Error(`docker build of docker/site/Dockerfile failed:\n${(built.stdout + built.stderr).slice(-3000)}`);
    const started = docker('run', '--detach', '--name', NAME, '--publish', '127.0.0.1::8080', TAG);
    if (started.status !== 0) throw new Error(`the site container did not start: ${started.stderr}`);
    let health = '';
    for (let i = 0; i < 60 && health !== 'healthy'; i += 1) {
      health = docker('inspect', '--format', '{{.State.Health.Status}}', NAME).stdout.trim();
      if (health !== 'healthy') await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    if (health !== 'healthy')
      throw new Error(`the site container is ${health || 'gone'}, not healthy:\n${docker('logs', '--tail', '30', NAME).stderr}`);
    const port = /:(\d+)\s*$/m.exec(docker('port', NAME, '8080/tcp').stdout)?.[1];
    origin = `http://127.0.0.1:${port}`;
    mirrorDir = mkdtempSync(path.join(tmpdir(), 'site-image-mirror-'));
    mirror = await mirrorSite(origin, mirrorDir);
  }, 900_000);

  afterAll(() => {
    docker('rm', '--force', NAME);
    docker('image', 'rm', TAG);
    if (mirrorDir) rmSync(mirrorDir, {recursive: true, force: true});
  });

  it('runs as nginx, not root, with a healthcheck, published on 127.0.0.1 only here', () => {
    expect(docker('image', 'inspect', '--format', '{{.Config.User}}', TAG).stdout.trim()).toBe('nginx');
    expect(docker('exec', NAME, 'id', '-u').stdout.trim()).not.toBe('0');
    expect(docker('image', 'inspect', '--format', '{{json .Config.Healthcheck.Test}}', TAG).stdout).toContain('/health');
    expect(docker('port', NAME, '8080/tcp').stdout).toMatch(/^127\.0\.0\.1:/);
  });

  it('holds the built site and nothing the test suite wrote beside it (Dockerfile.dockerignore)', () => {
    const listed = docker('run', '--rm', '--entrypoint', 'ls', TAG, '-A', '/usr/share/nginx/html').stdout.split('\n');
    expect(listed).toEqual(expect.arrayContaining(['index.html', 'assets', 'downloads', 'sitemap.xml']));
    expect(listed.filter((name) => name.endsWith('report.json') || name === 'data-app-playwright')).toEqual([]);
  });

  it('serves every page, asset and download its links lead to: the link check finds nothing broken in what it served', () => {
    expect(mirror.failures).toEqual([]);
    const report = checkSiteLinks(
      mirrorDir,
      siteOrigin(mirrorDir),
      sitemapPaths(mirrorDir).filter((p) => !p.endsWith('/search')),
    );
    expect(report.problems).toEqual([]);
    expect(report.checked).toBeGreaterThan(500);
    const paths = mirror.served.map((s) => s.path);
    expect(
      paths.some((p) => /^\/downloads\/labs\/.+\.zip$/.test(p)),
      'a lab zip',
    ).toBe(true);
    expect(
      paths.some((p) => p.startsWith('/slides/')),
      'a deck',
    ).toBe(true);
  });

  it('serves the very bytes of the build: pages, scripts, styles, images, zips and PDFs', () => {
    const served = mirror.served.filter((s) => s.status === 200);
    expect(served.length).toBeGreaterThan(40);
    for (const file of served) {
      const name = fileOfPath(file.path, file.contentType);
      expect(readFileSync(path.join(mirrorDir, name)).equals(readFileSync(path.join(buildDir, name))), file.path).toBe(true);
    }
    const paths = served.map((s) => s.path);
    for (const wanted of [/^\/downloads\/docker-for-data-science\.zip$/, /\.pdf$/, /\.css$/, /\.js$/])
      expect(
        paths.some((p) => wanted.test(p)),
        String(wanted),
      ).toBe(true);
  });

  it('sends text gzipped, and zips and PDFs as they are', () => {
    const of = (pattern: RegExp) => mirror.served.filter((s) => pattern.test(s.path) && s.status === 200);
    for (const text of [...of(/^\/$/), ...of(/\.js$/).slice(0, 5), ...of(/\.css$/)]) expect(text.contentEncoding, text.path).toBe('gzip');
    const binaries = [...of(/\.zip$/), ...of(/\.pdf$/)];
    expect(binaries.length).toBeGreaterThan(0);
    for (const binary of binaries) expect(binary.contentEncoding, binary.path).toBeUndefined();
  });

  it('lets browsers keep hashed assets for a year, and ask again for pages', () => {
    const assets = mirror.served.filter((s) => s.path.startsWith('/assets/'));
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect(asset.cacheControl, asset.path).toBe('public, max-age=31536000, immutable');
    expect(mirror.served.find((s) => s.path === '/docs/labs/03-model')?.cacheControl).toBe('no-cache');
  });

  it("answers a missing page with 404 and the site's own page", async () => {
    const response = await fetch(`${origin}/docs/no-such-page`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page Not Found');
  });
});
