import type {RuleHit} from '../../types.js';
import type {ComposeRule} from '../rule.js';

/** The healthcheck's command as one string, whichever form the file uses. */
function testCommand(healthcheck: unknown): string | undefined {
  if (typeof healthcheck !== 'object' || healthcheck === null) return undefined;
  const test = (healthcheck as {test?: unknown}).test;
  if (typeof test === 'string') return test;
  if (Array.isArray(test)) return test.filter((part): part is string => typeof part === 'string').join(' ');
  return undefined;
}

/**
 * `pg_isready` must ask over TCP. On its first start the official postgres image runs the init
 * scripts on a server that listens only on its Unix socket; a socket `pg_isready` then reports
 * "accepting connections" while the tables are still being made, and dependents start too early.
 */
export const composePgIsreadyHost: ComposeRule = {
  kind: 'compose',
  id: 'compose-pg-isready-host',
  description: 'A `pg_isready` healthcheck asks over TCP (`--host 127.0.0.1`), so it is not fooled by the init phase.',
  severity: 'error',
  check({services, lineOf}) {
    const hits: RuleHit[] = [];
    for (const [name, service] of services) {
      const command = testCommand(service.healthcheck);
      if (!command || !/\bpg_isready\b/.test(command)) continue;
      if (/(^|\s)(-h|--host)(\s|=)/.test(command)) continue;
      hits.push({
        line: lineOf(['services', name, 'healthcheck', 'test']),
        message: `Service ${name}: pg_isready without --host asks over the Unix socket, and says ready while the init scripts still run. Add --host 127.0.0.1`,
      });
    }
    return hits;
  },
};
