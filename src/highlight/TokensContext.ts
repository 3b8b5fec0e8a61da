import {createContext} from 'react';

/** A code block's build-time runs (tokens.ts encoding), from CodeBlock down to its Content. */
export const TokensContext = createContext<string | undefined>(undefined);
