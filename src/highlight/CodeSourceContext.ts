import {createContext} from 'react';
import type {CodeIslands} from './islands';

/**
 * Where a code block's coloured lines come from, from CodeBlock down to its Content and copy
 * button: an island of its page (islands.ts; the page's JavaScript has no code then), or runs the
 * build made for code the page's JavaScript holds (tokens.ts). Without either, the block is a
 * command a component renders, coloured by the run-time grammars (runtime.ts).
 */
export type CodeSource =
  | {readonly kind: 'island'; readonly island: CodeIslands; readonly index: number; readonly lines: number}
  | {readonly kind: 'tokens'; readonly tokens: string};

export const CodeSourceContext = createContext<CodeSource | undefined>(undefined);
