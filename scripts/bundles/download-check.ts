/**
 * Checks the downloads of a built site, beyond the link check's "every link has a file": every file
 * under `downloads/` is linked from the Downloads page, every zip is a whole zip whose SHA-256 the
 * page shows or a sidecar file beside it holds, and every sidecar matches the file it names.
 */
import {createHash} from 'node:crypto';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {Parser} from 'htmlparser2';

export interface DownloadProblem {
  /** The file, relative to the build folder, such as `downloads/labs/x.zip`. */
  readonly file: string;
  readonly reason: string;
}

const DOWNLOADS = 'downloads';
const PAGE = 'downloads.html';

function filesUnder(dir: string, prefix: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/** The build-relative files the page's `<a href>`s point at, for a site under `basePath` (`/` or `/course/`). */
function linkedFiles(html: string, basePath: string): Set<string> {
  const linked = new Set<string>();
  const parser = new Parser({
    onopentag(name, attributes) {
      const href = attributes.href;
      if (name !== 'a' || !href) return;
      const {pathname} = new URL(href, `https://site.invalid${basePath}`);
      if (pathname.startsWith(basePath)) linked.add(decodeURIComponent(pathname.slice(basePath.length)));
    },
  });
  parser.write(html);
  parser.end();
  return linked;
}

/** A zip as unzip tools read it: local header first, end of central directory last (no comment). */
function isWholeZip(bytes: Buffer): boolean {
  return bytes.length >= 22 && bytes.readUInt32LE(0) === 0x04034b50 && bytes.readUInt32LE(bytes.length - 22) === 0x06054b50;
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

export function checkDownloads(buildDir: string, basePath = '/'): DownloadProblem[] {
  const problems: DownloadProblem[] = [];
  const downloadsDir = path.join(buildDir, DOWNLOADS);
  if (!existsSync(downloadsDir)) return [{file: DOWNLOADS, reason: 'the build has no downloads folder'}];
  const html = readFileSync(path.join(buildDir, PAGE), 'utf8');
  const linked = linkedFiles(html, basePath);
  const files = filesUnder(downloadsDir, `${DOWNLOADS}/`);
  const sidecars = new Map<string, string>();

  for (const file of files.filter((f) => f.endsWith('.sha256'))) {
    const line = /^([0-9a-f]{64}) [ *](\S+)\n$/.exec(readFileSync(path.join(buildDir, file), 'utf8'));
    const named = line ? path.posix.join(path.posix.dirname(file), line[2]!) : undefined;
    if (!line || !named) problems.push({file, reason: 'is not one `sha256sum` line: <64 hex digits>, two spaces, a file name'});
    else if (!files.includes(named)) problems.push({file, reason: `names ${line[2]}, which is not beside it`});
    else if (sha256(readFileSync(path.join(buildDir, named))) !== line[1])
      problems.push({file, reason: `does not hold the SHA-256 of ${line[2]}`});
    else sidecars.set(named, line[1]);
  }
  for (const file of files) {
    if (!linked.has(file)) problems.push({file, reason: `is not linked from the Downloads page (${PAGE})`});
    if (!file.endsWith('.zip')) continue;
    const bytes = readFileSync(path.join(buildDir, file));
    if (!isWholeZip(bytes)) problems.push({file, reason: 'is not a whole zip file'});
    if (!sidecars.has(file) && !html.includes(sha256(bytes)))
      problems.push({file, reason: 'has its SHA-256 neither on the Downloads page nor in a sidecar file'});
  }
  return problems;
}
