/**
 * Highlighted code as runs of text with Prism token types, shared by the build (which tokenises
 * the pages' code blocks in Node) and the browser (which only decodes them). A block's runs travel
 * in its `tokens` prop as a compact string, so the browser needs no grammar to show them:
 *
 *   "keyword,string|1:4 0:1 2:c"   types (index 0 is "plain") | run = type index : length, base 36
 */
import type {Token, TokenStream} from 'prismjs';

export interface Run {
  /** Prism token types, outermost first, e.g. `["string"]` or `["plain"]`. */
  readonly types: string[];
  readonly content: string;
}

/** What the theme's CodeBlock line components take: a line's runs, without its line break. */
export type Line = readonly Run[];

const PLAIN: string[] = ['plain'];

function aliases(token: Token): string[] {
  if (!token.alias) return [];
  return Array.isArray(token.alias) ? token.alias : [token.alias];
}

/** Flattens Prism's nested token stream into runs; nested tokens carry their parents' types. */
export function flattenTokens(stream: TokenStream, parents: string[] = []): Run[] {
  const runs: Run[] = [];
  const items = Array.isArray(stream) ? stream : [stream];
  for (const item of items) {
    if (typeof item === 'string') {
      if (item) runs.push({types: parents.length ? parents : PLAIN, content: item});
      continue;
    }
    runs.push(...flattenTokens(item.content, [...parents, item.type, ...aliases(item)]));
  }
  return mergeRuns(runs);
}

function mergeRuns(runs: readonly Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && last.types.join(' ') === run.types.join(' ')) merged[merged.length - 1] = {types: last.types, content: last.content + run.content};
    else merged.push(run);
  }
  return merged;
}

export function encodeRuns(runs: readonly Run[]): string {
  const types = ['plain'];
  const encoded = runs.map((run) => {
    const key = run.types.join(' ');
    let index = types.indexOf(key);
    if (index < 0) index = types.push(key) - 1;
    return `${index.toString(36)}:${run.content.length.toString(36)}`;
  });
  return `${types.slice(1).join(',')}|${encoded.join(' ')}`;
}

/**
 * The runs of `code` that `encoded` describes, or undefined when they do not fit it (the code
 * shown differs from the code tokenised), so the caller shows plain text rather than wrong colours.
 */
export function decodeRuns(code: string, encoded: string): Run[] | undefined {
  const bar = encoded.indexOf('|');
  if (bar < 0) return undefined;
  const types = ['plain', ...(bar ? encoded.slice(0, bar).split(',') : [])].map((t) => t.split(' '));
  const runs: Run[] = [];
  let offset = 0;
  for (const pair of encoded.slice(bar + 1).split(' ')) {
    if (!pair) continue;
    const [typeIndex, length] = pair.split(':').map((n) => parseInt(n, 36));
    const runTypes = typeIndex === undefined ? undefined : types[typeIndex];
    if (!runTypes || length === undefined || !(length > 0)) return undefined;
    runs.push({types: runTypes, content: code.slice(offset, offset + length)});
    offset += length;
  }
  return offset === code.length ? runs : undefined;
}

export function plainRuns(code: string): Run[] {
  return code ? [{types: PLAIN, content: code}] : [];
}

/** Splits runs at line breaks, as the theme's line components expect. */
export function toLines(runs: readonly Run[]): Line[] {
  const lines: Run[][] = [[]];
  for (const run of runs) {
    const parts = run.content.split(/\r?\n/);
    parts.forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part) lines[lines.length - 1]!.push({types: run.types, content: part});
    });
  }
  return lines;
}
