/**
 * Build-time highlighting: tokenises code with Prism in Node into runs (tokens.ts), which the
 * remark plugin writes as HTML, so the browser shows coloured code without a highlighter.
 */
import {createRequire} from 'node:module';
import type {Grammar} from 'prismjs';
import {BUILD_LANGUAGES, PLAIN_LANGUAGES} from './languages';
import {prism} from './runtime';
import {flattenTokens, type Run} from './tokens';

const require = createRequire(import.meta.url);

// The build adds its other grammars to the very Prism the browser's bash and PowerShell come from,
// so both tokenise those two alike. Grammar files register on the global Prism, which the core has
// just set (runtime.ts); they need no other grammar.
for (const language of BUILD_LANGUAGES) {
  if (!prism.languages[language]) require(`prismjs/components/prism-${language}.js`);
}

const grammars: Readonly<Record<string, Grammar | undefined>> = {...prism.languages};

export class UnknownLanguageError extends Error {}

/** Languages a code block may name: the grammars loaded (with their aliases) and the plain ones. */
export function knownLanguages(): string[] {
  const names = Object.keys(grammars).filter((name) => typeof grammars[name] === 'object');
  return [...names, ...PLAIN_LANGUAGES].sort();
}

/**
 * The runs of `code` in `language`, or undefined for plain text (no language, or one of the plain
 * ones). Throws UnknownLanguageError for a language the site does not highlight.
 */
export function runsAtBuild(code: string, language: string | null | undefined): Run[] | undefined {
  const name = language?.toLowerCase();
  if (!name || PLAIN_LANGUAGES.includes(name)) return undefined;
  const grammar = grammars[name];
  if (!grammar || typeof grammar !== 'object') {
    throw new UnknownLanguageError(
      `"${name}" is not a language the site highlights. Use one of ${BUILD_LANGUAGES.join(', ')} (or text), or add it to src/code-highlight/languages.ts.`,
    );
  }
  return flattenTokens(prism.tokenize(code, grammar));
}
