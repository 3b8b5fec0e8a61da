/**
 * Remark plugin: fills a fenced code block from a file of the repository, so pages show the very
 * files CI builds and runs instead of pasted copies.
 *
 *   ```dockerfile file=labs/01-docker-basics/solution/Dockerfile
 *   ```
 *
 * Optional meta: `lines=3-9` shows a range (1-based, inclusive) of whole blank-line-separated
 * blocks, so an edit that shifts the lines fails the build; a `title="..."` given in the meta
 * wins over the default title, which is the file's path inside `labs/`. For a Jupyter notebook,
 * `cell=<id>` shows the source of the cell with that id (nbformat 4.5 cell ids):
 *
 *   ```python file=labs/03-model/solution/model.ipynb cell=exercise-1
 *   ```
 *
 * For a requirements file, `pin=<package>` shows that package's one pinned line (`pandas==1.5.3`),
 * so a slide's example of a pin is the course's own pin, whatever it becomes:
 *
 *   ```text file=labs/requirements/requirements-project.txt pin=pandas
 *   ```
 *
 * A missing file or an empty range fails the build with a message naming the page.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface CodeNode {
  type: 'code';
  lang?: string | null;
  meta?: string | null;
  value: string;
}

interface AnyNode {
  type: string;
  children?: AnyNode[];
}

interface SourceFile {
  path?: string;
}

function isCode(node: AnyNode): node is AnyNode & CodeNode {
  return node.type === 'code';
}

function* walk(node: AnyNode): Generator<AnyNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

export interface ImportRequest {
  file: string;
  lines?: {from: number; to: number};
  /** The id of a notebook cell, for `.ipynb` files. */
  cell?: string;
  /** A package whose pinned line (`name==version`) to show, for requirements files. */
  pin?: string;
}

/** Reads `file=` and `lines=` from a code block's meta string. */
export function parseImportMeta(meta: string | null | undefined): ImportRequest | undefined {
  const file = /(?:^|\s)file=(\S+)/.exec(meta ?? '')?.[1];
  if (!file) return undefined;
  const range = /(?:^|\s)lines=(\d+)-(\d+)/.exec(meta ?? '');
  const cell = /(?:^|\s)cell=(\S+)/.exec(meta ?? '')?.[1];
  const pin = /(?:^|\s)pin=(\S+)/.exec(meta ?? '')?.[1];
  return {
    file,
    ...(range ? {lines: {from: Number(range[1]), to: Number(range[2])}} : {}),
    ...(cell ? {cell} : {}),
    ...(pin ? {pin} : {}),
  };
}

interface NotebookCell {
  id?: string;
  source?: string | string[];
}

/** The source of one cell of a notebook's JSON, found by its id. */
export function notebookCellSource(json: string, id: string, file: string): string {
  let cells: NotebookCell[];
  try {
    cells = (JSON.parse(json) as {cells?: NotebookCell[]}).cells ?? [];
  } catch {
    throw new Error(`cell=${id}: ${file} is not a notebook (invalid JSON)`);
  }
  const cell = cells.find((candidate) => candidate.id === id);
  if (!cell) {
    const ids = cells
      .map((candidate) => candidate.id)
      .filter(Boolean)
      .join(', ');
    throw new Error(`cell=${id} is not in ${file}; its cell ids are: ${ids || '(none)'}`);
  }
  const source = Array.isArray(cell.source) ? cell.source.join('') : (cell.source ?? '');
  return source.replace(/\n$/, '');
}

/** The one line of a requirements file that pins `name` exactly (`name==version`, any case). */
export function pinnedLine(text: string, name: string, file: string): string {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const lines = text.split('\n').filter((line) => new RegExp(`^${escaped}==\\S+`, 'i').test(line.trim()));
  if (lines.length !== 1) throw new Error(`pin=${name}: ${file} has ${lines.length} lines pinning ${name}==, not one`);
  return lines[0]!.trim().replace(/\s+#.*$/, '');
}

/** Returns the text to show for an import request, or throws with what is wrong. */
export function readImport(request: ImportRequest, root: string = siteDir): string {
  const absolute = path.resolve(root, request.file);
  if (!absolute.startsWith(root + path.sep)) {
    throw new Error(`file=${request.file} points outside the repository`);
  }
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch {
    throw new Error(`file=${request.file} does not exist (paths are relative to the repository root)`);
  }
  text = text.replace(/\r\n/g, '\n').replace(/\n$/, '');
  if (request.cell) text = notebookCellSource(text, request.cell, request.file);
  if (request.pin) return pinnedLine(text, request.pin, request.file);
  if (!request.lines) return text;
  const all = text.split('\n');
  const {from, to} = request.lines;
  if (from < 1 || to < from || to > all.length) {
    throw new Error(`lines=${from}-${to} is outside ${request.file}, which has ${all.length} lines`);
  }
  // A range must be whole paragraphs: a blank line (or the file's edge) on either side. Then a line
  // added to the file makes the build fail here, instead of a page quietly showing half a block.
  const before = all[from - 2];
  const after = all[to];
  if (before !== undefined && before.trim() !== '') {
    throw new Error(
      `lines=${from}-${to} of ${request.file} starts inside a block (line ${from - 1} is not blank): the file has changed; move the range to where the block starts`,
    );
  }
  if (after !== undefined && after.trim() !== '') {
    throw new Error(
      `lines=${from}-${to} of ${request.file} ends inside a block (line ${to + 1} is not blank): the file has changed; move the range to where the block ends`,
    );
  }
  return all.slice(from - 1, to).join('\n');
}

function defaultTitle(request: ImportRequest): string {
  const file = request.file.replace(/^labs\//, '');
  return request.cell ? `${file}, cell ${request.cell}` : file;
}

export function importLabFiles() {
  return (tree: AnyNode, vfile: SourceFile): void => {
    for (const node of walk(tree)) {
      if (!isCode(node)) continue;
      const request = parseImportMeta(node.meta);
      if (!request) continue;
      try {
        node.value = readImport(request);
      } catch (error) {
        throw new Error(`${vfile.path ?? 'a page'}: ${(error as Error).message}`, {cause: error});
      }
      const rest = (node.meta ?? '').replace(/(?:^|\s)(file|lines|cell|pin)=\S+/g, '').trim();
      node.meta = /title=/.test(rest) ? rest : `${rest} title="${defaultTitle(request)}"`.trim();
    }
  };
}
