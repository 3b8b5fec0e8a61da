import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {importLabFiles, notebookCellSource, parseImportMeta, readImport} from '../../src/remark/import-lab-files';

const notebook = JSON.stringify({
  cells: [
    {cell_type: 'markdown', id: 'title', metadata: {}, source: ['# Title\n']},
    {cell_type: 'code', id: 'train', metadata: {}, outputs: [], source: ['model.fit(X, y)\n', '\n', 'print("done")\n']},
    {cell_type: 'code', id: 'empty', metadata: {tags: ['exercise']}, outputs: [], source: []},
    {cell_type: 'code', id: 'one-string', metadata: {}, outputs: [], source: 'x = 1'},
  ],
  metadata: {},
  nbformat: 4,
  nbformat_minor: 5,
});
const root = mkdtempSync(path.join(tmpdir(), 'import-notebook-cells-'));
writeFileSync(path.join(root, 'model.ipynb'), notebook);

describe('notebook cells in imported code blocks', () => {
  it('reads cell= from the meta', () => {
    expect(parseImportMeta('file=labs/a/model.ipynb cell=train')).toEqual({file: 'labs/a/model.ipynb', cell: 'train'});
  });

  it('returns the source of the cell with that id, as a list of lines or one string', () => {
    expect(notebookCellSource(notebook, 'train', 'model.ipynb')).toBe('model.fit(X, y)\n\nprint("done")');
    expect(notebookCellSource(notebook, 'one-string', 'model.ipynb')).toBe('x = 1');
    expect(notebookCellSource(notebook, 'empty', 'model.ipynb')).toBe('');
  });

  it('names the cell ids there are when the id is wrong, and refuses a file that is not JSON', () => {
    expect(() => notebookCellSource(notebook, 'tune', 'model.ipynb')).toThrow(
      'cell=tune is not in model.ipynb; its cell ids are: title, train, empty, one-string',
    );
    expect(() => notebookCellSource('FROM python', 'x', 'Dockerfile')).toThrow('Dockerfile is not a notebook');
  });

  it('combines with lines= inside the cell', () => {
    expect(readImport({file: 'model.ipynb', cell: 'train', lines: {from: 3, to: 3}}, root)).toBe('print("done")');
  });

  it('fills the code block and titles it with the file and the cell', () => {
    const code = {type: 'code', lang: 'python', meta: 'file=labs/03-model/solution/model.ipynb cell=exercise-1', value: ''};
    importLabFiles()({type: 'root', children: [code]}, {path: 'page.mdx'});
    expect(code.value).toMatch(/pickle\.dump\(model, file\)/);
    expect(code.meta).toBe('title="03-model/solution/model.ipynb, cell exercise-1"');
  });
});
