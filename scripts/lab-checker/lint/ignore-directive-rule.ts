import type { RuleMeta } from './types.js';

/** Reported by the runner for `# lint-ignore` comments that lack a reason or name unknown rules. */
export const ignoreDirectiveValid: RuleMeta = {
  id: 'ignore-directive-valid',
  description: 'Every # lint-ignore / # lint-ignore-file comment names known rule ids and gives a reason.',
  severity: 'error',
};
