import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { knownRuleIds, scriptRules } from './registry.js';
import { runRules } from './run-rules.js';
import type { Finding, RuleHit } from './types.js';

/** Lints one student-facing script; `# lint-ignore` directives work as in Dockerfiles. */
export async function lintScript(file: string): Promise<Finding[]> {
  const text = await readFile(file, 'utf8');
  const rules = scriptRules.filter((rule) => rule.appliesTo(basename(file)));
  // The rules parse asynchronously; the shared runner is synchronous, so it gets their hits ready-made.
  const hits = await Promise.all(rules.map((rule) => rule.check(file, text)));
  const ready = rules.map((rule, index) => ({ ...rule, check: (): RuleHit[] => hits[index] ?? [] }));
  return runRules(file, text, ready, undefined, knownRuleIds);
}
