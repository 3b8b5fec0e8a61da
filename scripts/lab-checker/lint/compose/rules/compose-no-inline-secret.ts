import type {RuleHit} from '../../types.js';
import type {ComposeRule} from '../rule.js';

/** Variable names that hold a secret. `…_FILE` names a file holding it, which is the safe form. */
const SECRET_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|API_KEY|PRIVATE_KEY)$/i;

/** `environment:` as a map or as a list of `NAME=value`, as [name, value, index-or-key] triples. */
function environmentEntries(environment: unknown): [string, unknown, string | number][] {
  if (Array.isArray(environment)) {
    return environment.flatMap((entry, index): [string, unknown, number][] => {
      if (typeof entry !== 'string') return [];
      const at = entry.indexOf('=');
      return at < 0 ? [] : [[entry.slice(0, at), entry.slice(at + 1), index]];
    });
  }
  if (typeof environment === 'object' && environment !== null) {
    return Object.entries(environment).map(([name, value]): [string, unknown, string] => [name, value, name]);
  }
  return [];
}

/**
 * A password written into compose.yaml ends up in Git. It belongs in `.env` (git-ignored), read as
 * `${VAR}`, or better in a Compose secret (`…_FILE`).
 */
export const composeNoInlineSecret: ComposeRule = {
  kind: 'compose',
  id: 'compose-no-inline-secret',
  description: 'No password, token or secret written as a value in `environment:`.',
  severity: 'error',
  check({services, lineOf}) {
    const hits: RuleHit[] = [];
    for (const [name, service] of services) {
      for (const [variable, value, key] of environmentEntries(service.environment)) {
        if (!SECRET_NAME.test(variable) || value === null || value === undefined || value === '') continue;
        if (typeof value === 'string' && /^\$\{[^}]+\}$/.test(value.trim())) continue;
        hits.push({
          line: lineOf(['services', name, 'environment', key]),
          message: `Service ${name}: ${variable} is written into the Compose file, which goes into Git. Put it in .env (git-ignored) and write ${variable}: \${${variable}}, or use a Compose secret and ${variable}_FILE`,
        });
      }
    }
    return hits;
  },
};
