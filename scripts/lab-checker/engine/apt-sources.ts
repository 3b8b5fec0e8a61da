/**
 * The machine's Debian archive, read from its own apt sources at run time: debootstrap and the
 * Compose download use whatever mirror the machine is configured with.
 */
import {readdirSync, readFileSync, existsSync} from 'node:fs';
import path from 'node:path';

export interface AptSource {
  readonly uris: readonly string[];
  readonly suites: readonly string[];
  readonly components: readonly string[];
  readonly signedBy?: string;
}

/** Parses deb822 `.sources` text (stanzas separated by blank lines). */
export function parseDeb822(text: string): AptSource[] {
  const sources: AptSource[] = [];
  for (const stanza of text.split(/\n\s*\n/)) {
    const fields = new Map<string, string>();
    for (const line of stanza.split('\n')) {
      if (line.startsWith('#')) continue;
      const match = /^([A-Za-z-]+):\s*(.*)$/.exec(line);
      if (match?.[1] !== undefined) fields.set(match[1].toLowerCase(), (match[2] ?? '').trim());
    }
    const types = (fields.get('types') ?? '').split(/\s+/);
    if (!types.includes('deb') || fields.get('enabled') === 'no') continue;
    sources.push({
      uris: (fields.get('uris') ?? '').split(/\s+/).filter(Boolean),
      suites: (fields.get('suites') ?? '').split(/\s+/).filter(Boolean),
      components: (fields.get('components') ?? '').split(/\s+/).filter(Boolean),
      signedBy: fields.get('signed-by'),
    });
  }
  return sources;
}

/** Parses one-line `deb [options] uri suite components…` entries. */
export function parseOneLine(text: string): AptSource[] {
  const sources: AptSource[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line.startsWith('deb ')) continue;
    const options = /\[([^\]]*)\]/.exec(line);
    const rest = line.replace(/^deb\s+(\[[^\]]*\]\s+)?/, '').split(/\s+/);
    const signedBy = options ? /signed-by=(\S+)/.exec(options[1] ?? '')?.[1] : undefined;
    const [uri, suite, ...components] = rest;
    if (uri === undefined || suite === undefined) continue;
    sources.push({uris: [uri], suites: [suite], components, signedBy});
  }
  return sources;
}

/**
 * The archive URL serving the main Debian suites (not security): the one whose suites include
 * the plain release name.
 */
export interface DebianArchive {
  readonly uri: string;
  readonly signedBy?: string;
}

export function pickDebianArchive(sources: readonly AptSource[], release = 'bookworm'): DebianArchive | undefined {
  for (const source of sources) {
    const uri = source.uris[0];
    if (uri !== undefined && source.suites.includes(release)) return {uri, signedBy: source.signedBy};
  }
  return undefined;
}

export function readAptSources(root = '/etc/apt'): AptSource[] {
  const sources: AptSource[] = [];
  const listFile = path.join(root, 'sources.list');
  if (existsSync(listFile)) sources.push(...parseOneLine(readFileSync(listFile, 'utf8')));
  const partsDir = path.join(root, 'sources.list.d');
  if (existsSync(partsDir)) {
    for (const name of readdirSync(partsDir).sort()) {
      const text = readFileSync(path.join(partsDir, name), 'utf8');
      if (name.endsWith('.sources')) sources.push(...parseDeb822(text));
      else if (name.endsWith('.list')) sources.push(...parseOneLine(text));
    }
  }
  return sources;
}

/** The machine's Debian archive, or an error that says what is missing. */
export function debianArchive(): DebianArchive {
  const archive = pickDebianArchive(readAptSources());
  if (!archive) {
    throw new Error(
      'No Debian "bookworm" archive found in /etc/apt/sources.list or /etc/apt/sources.list.d/; the stand-in images need one.',
    );
  }
  return archive;
}
