/**
 * The lab bundles: one zip per lab folder of `labs/` (lab 02's four workflows in one), holding what
 * a student needs and nothing of the checker: README, starter, solution and the self-checks. Made
 * from the files on disk, in a fixed order with fixed permissions, so two builds give the same bytes.
 */
import {createHash} from 'node:crypto';
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {zip, type ZipEntry} from './zip';

/** Names never bundled: the checker's manifest and the pages' captured boxes, caches and editor or OS leftovers. */
export const LEFT_OUT: ReadonlySet<string> = new Set([
  'lab.ts',
  'captured.json',
  'node_modules',
  '__pycache__',
  '.pytest_cache',
  '.ipynb_checkpoints',
  '.DS_Store',
  '.venv',
]);

/** Whether a file of the course, by its path inside the course, goes into the zips. */
export const isBundled = (file: string): boolean => !file.split('/').some((part) => LEFT_OUT.has(part));

export interface LabBundle {
  /** The lab folder's name, such as `03-model`. */
  readonly lab: string;
  /** The zip's file name, such as `docker-for-data-science-03-model.zip`. */
  readonly fileName: string;
  readonly bytes: Buffer;
  readonly sha256: string;
  /** Paths inside the zip of the files it holds (not folders), in order. */
  readonly files: readonly string[];
}

/** The lab folders of `labsDir`: those with a manifest, or with parts that have one (lab 02). */
export function labFolders(labsDir: string): string[] {
  const hasManifest = (dir: string) => {
    try {
      return statSync(path.join(dir, 'lab.ts')).isFile();
    } catch {
      return false;
    }
  };
  return readdirSync(labsDir, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((name) => {
      const dir = path.join(labsDir, name);
      return (
        hasManifest(dir) ||
        readdirSync(dir, {withFileTypes: true}).some((child) => child.isDirectory() && hasManifest(path.join(dir, child.name)))
      );
    })
    .sort();
}

/** Byte order, not locale order: the same on every machine. */
const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The self-check helpers every lab's `check.sh` and `check.ps1` load (`labs/shared/`). A bundle
 * holds them beside the lab folder, where the scripts look for them (`../shared` from a lab,
 * `../../shared` from a lab 02 workflow), as in the repository: a bundle still stands alone.
 */
export const SHARED_FOLDER = 'shared';

/** The zip entries of folder `dir` and everything under it, under `inZip` (a folder path in the zip). */
export function folderEntries(dir: string, inZip: string): ZipEntry[] {
  const entries: ZipEntry[] = [];
  const walk = (current: string, inZipHere: string) => {
    entries.push({name: `${inZipHere}/`, mode: 0o755});
    const children = readdirSync(current, {withFileTypes: true})
      .filter((child) => !LEFT_OUT.has(child.name))
      .map((child) => child.name)
      .sort(byName);
    for (const name of children) {
      const file = path.join(current, name);
      if (statSync(file).isDirectory()) walk(file, `${inZipHere}/${name}`);
      else {
        const data = readFileSync(file);
        // Scripts must run as they are on macOS and Linux: the run bit, and LF line ends.
        if (name.endsWith('.sh') && data.includes('\r\n')) throw new Error(`${file} has CRLF line ends: a bundled script must use LF`);
        entries.push({name: `${inZipHere}/${name}`, data, mode: name.endsWith('.sh') ? 0o755 : 0o644});
      }
    }
  };
  walk(dir, inZip);
  return entries;
}

/** The zip entries of one lab: its folder under a top folder of the lab's name, then the shared helpers. */
export function labEntries(labsDir: string, lab: string): ZipEntry[] {
  const shared = path.join(labsDir, SHARED_FOLDER);
  return [...folderEntries(path.join(labsDir, lab), lab), ...(existsSync(shared) ? folderEntries(shared, SHARED_FOLDER) : [])];
}

export function bundleFileName(lab: string): string {
  return `docker-for-data-science-${lab}.zip`;
}

export function buildLabBundle(labsDir: string, lab: string): LabBundle {
  const entries = labEntries(labsDir, lab);
  const bytes = zip(entries);
  return {
    lab,
    fileName: bundleFileName(lab),
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    files: entries.filter((entry) => entry.data !== undefined).map((entry) => entry.name),
  };
}

export function buildLabBundles(labsDir: string): LabBundle[] {
  return labFolders(labsDir).map((lab) => buildLabBundle(labsDir, lab));
}
