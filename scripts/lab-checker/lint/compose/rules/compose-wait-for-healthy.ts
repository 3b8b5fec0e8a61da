import type {RuleHit} from '../../types.js';
import type {ComposeRule} from '../rule.js';
import {dependentsByService, hasComposeHealthcheck} from './compose-healthcheck-on-dependency.js';

/**
 * A healthcheck nobody waits for protects nothing: with a plain `depends_on` (or
 * `condition: service_started`) Compose starts the dependent as soon as the container exists,
 * while Postgres is still running its init script. Where the dependency has a healthcheck, the
 * dependent must wait for it with `condition: service_healthy`.
 */
export const composeWaitForHealthy: ComposeRule = {
  kind: 'compose',
  id: 'compose-wait-for-healthy',
  description: 'A service depending on one with a healthcheck waits for it with condition: service_healthy.',
  severity: 'error',
  check({services, builtImageHasHealthcheck, lineOf}) {
    const hits: RuleHit[] = [];
    for (const [name, dependents] of dependentsByService(services)) {
      const service = services.get(name);
      if (!service) continue;
      const healthchecked = hasComposeHealthcheck(service) || (service.build !== undefined && builtImageHasHealthcheck.get(name) === true);
      if (!healthchecked) continue; // compose-healthcheck-on-dependency reports that one.
      for (const dependent of dependents.filter((d) => d.condition !== 'service_healthy')) {
        hits.push({
          line: lineOf(['services', dependent.service, 'depends_on']),
          message:
            `${dependent.service} starts as soon as ${name} is started, not once it is healthy: write depends_on: ${name}: condition: service_healthy, ` +
            `so ${dependent.service} waits for ${name}'s healthcheck`,
        });
      }
    }
    return hits;
  },
};
