/** Applies a mutant's edits to a copy of a lab; an edit that would change nothing is an error. */
import {existsSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {MutantEdit} from './mutant';

function occurrences(text: string, part: string): number {
  let count = 0;
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + part.length)) count += 1;
  return count;
}

export function applyEdit(labDir: string, edit: MutantEdit): void {
  const file = path.join(labDir, edit.file);
  if ('write' in edit) {
    writeFileSync(file, edit.write);
    return;
  }
  if (!existsSync(file)) throw new Error(`${edit.file} does not exist`);
  if ('delete' in edit) {
    rmSync(file, {recursive: true});
    return;
  }
  const text = readFileSync(file, 'utf8');
  if ('replace' in edit) {
    const count = occurrences(text, edit.replace);
    if (count !== 1) throw new Error(`${edit.file} holds ${JSON.stringify(edit.replace)} ${count} times, not once`);
    writeFileSync(
      file,
      text.replace(edit.replace, () => edit.with),
    );
    return;
  }
  if ('replaceMatch' in edit) {
    const pattern = new RegExp(edit.replaceMatch.source, edit.replaceMatch.flags.replace('g', '') + 'g');
    const count = [...text.matchAll(pattern)].length;
    if (count !== 1) throw new Error(`${edit.file} matches ${String(edit.replaceMatch)} ${count} times, not once`);
    writeFileSync(
      file,
      text.replace(pattern, () => edit.with),
    );
    return;
  }
  const lines = text.split('\n');
  const pattern = new RegExp(edit.deleteLines.source, edit.deleteLines.flags.replace('g', ''));
  const kept = lines.filter((line) => !pattern.test(line));
  if (kept.length === lines.length) throw new Error(`no line of ${edit.file} matches ${String(edit.deleteLines)}`);
  writeFileSync(file, kept.join('\n'));
}

export function applyEdits(labDir: string, edits: readonly MutantEdit[]): void {
  if (edits.length === 0) throw new Error('a mutant needs at least one edit');
  for (const edit of edits) applyEdit(labDir, edit);
}
