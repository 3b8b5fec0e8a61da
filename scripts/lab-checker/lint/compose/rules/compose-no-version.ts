import {isRecord} from '../model.js';
import type {ComposeRule} from '../rule.js';

/** Compose v2 ignores `version:` and prints a warning that it is obsolete. */
export const composeNoVersion: ComposeRule = {
  kind: 'compose',
  id: 'compose-no-version',
  description: 'No top-level `version:` key (obsolete in Compose v2).',
  severity: 'error',
  check({model, lineOf}) {
    if (!isRecord(model) || !('version' in model)) return [];
    return [
      {
        line: lineOf(['version']),
        message: 'Remove the `version:` line: Compose v2 ignores it and warns that it is obsolete',
      },
    ];
  },
};
