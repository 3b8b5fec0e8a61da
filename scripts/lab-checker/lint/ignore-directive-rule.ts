import type {RuleMeta} from './types.js';

/**
 * Reported by the runner for `# lint-ignore` comments that lack a reason or name unknown rules, and
 * for a lab's `lintExemptions` that do, or that silence nothing.
 */
export const ignoreDirectiveValid: RuleMeta = {
  id: 'ignore-directive-valid',
  description:
    "Every # lint-ignore / # lint-ignore-file comment, and every exemption in a lab's lintExemptions, names known rule ids and gives a reason; an exemption also silences something.",
  severity: 'error',
};
