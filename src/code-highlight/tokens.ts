/**
 * Highlighted code as runs of text with Prism token types, shared by the build (which tokenises
 * the pages' code blocks in Node) and the run-time grammars (commands a component renders); html.ts
 * writes them as the lines of a block.
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
    if (last && last.types.join(' ') === run.types.join(' '))
      merged[merged.length - 1] = {types: last.types, content: last.content + run.content};
    else merged.push(run);
  }
  return merged;
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
