/**
 * Run-time highlighting, for the commands components render from lab manifests (bash and
 * PowerShell only, see languages.ts): Prism's core and those two grammars, nothing else.
 */
import './prism-manual';
import Prism from 'prismjs/components/prism-core';
// The grammar files register themselves on the global Prism that the core has just set.
import 'prismjs/components/prism-bash';
import 'prismjs/components/prism-powershell';
import {RUNTIME_LANGUAGES} from './languages';
import {flattenTokens, plainRuns, type Run} from './tokens';

const runtime: readonly string[] = RUNTIME_LANGUAGES;

/** The Prism instance with the run-time grammars (the build adds its other ones to it). */
export const prism = Prism;

export function highlightAtRuntime(code: string, language: string | undefined): Run[] {
  const name = language?.toLowerCase();
  const grammar = name && runtime.includes(name) ? Prism.languages[name] : undefined;
  return grammar ? flattenTokens(Prism.tokenize(code, grammar)) : plainRuns(code);
}
