import type {RuleHit} from '../../types.js';
import {isRecord, type ServiceModel} from '../model.js';
import type {ComposeRule} from '../rule.js';

export interface Dependent {
  service: string;
  condition: string;
}

/**
 * "Started" is not "ready": Postgres takes seconds to accept connections, and an API
 * that connects at start-up crashes. So every depended-on service needs a healthcheck
 * that `depends_on: condition: service_healthy` can wait for. A healthcheck may also
 * come from a HEALTHCHECK in the Dockerfile the service is built from; a pulled image's
 * own HEALTHCHECK is invisible to a linter, so those need one in Compose.
 * Dependencies with `condition: service_completed_successfully` are one-shot jobs: exempt.
 */
export const composeHealthcheckOnDependency: ComposeRule = {
  kind: 'compose',
  id: 'compose-healthcheck-on-dependency',
  description: 'Every service another service depends_on has a healthcheck.',
  severity: 'error',
  check({services, builtImageHasHealthcheck, lineOf}) {
    const hits: RuleHit[] = [];
    for (const [name, dependents] of dependentsByService(services)) {
      const service = services.get(name);
      if (!service) continue; // An unknown service is `docker compose config`'s to report.
      if (hasComposeHealthcheck(service) || (service.build !== undefined && builtImageHasHealthcheck.get(name) === true)) continue;
      const waiting = dependents.filter((d) => d.condition === 'service_healthy').map((d) => d.service);
      const names = dependents.map((d) => d.service).join(', ');
      hits.push({
        line: lineOf(['services', name]),
        message:
          `${name} has no healthcheck, but ${names} depend${dependents.length === 1 ? 's' : ''} on it` +
          (waiting.length > 0 ? ` with condition: service_healthy (Compose cannot start ${waiting.join(', ')})` : '') +
          `: add a healthcheck to ${name}, e.g. ${exampleHealthcheck(service)}, and let dependents use condition: service_healthy`,
      });
    }
    return hits;
  },
};

export function dependentsByService(services: ReadonlyMap<string, ServiceModel>): Map<string, Dependent[]> {
  const result = new Map<string, Dependent[]>();
  const add = (target: string, dependent: Dependent): void => {
    result.set(target, [...(result.get(target) ?? []), dependent]);
  };
  for (const [name, service] of services) {
    const dependsOn = service.depends_on;
    if (Array.isArray(dependsOn)) {
      for (const target of dependsOn) if (typeof target === 'string') add(target, {service: name, condition: 'service_started'});
    } else if (isRecord(dependsOn)) {
      for (const [target, options] of Object.entries(dependsOn)) {
        const condition = isRecord(options) && typeof options.condition === 'string' ? options.condition : 'service_started';
        if (condition !== 'service_completed_successfully') add(target, {service: name, condition});
      }
    }
  }
  return result;
}

export function hasComposeHealthcheck(service: ServiceModel): boolean {
  const healthcheck = service.healthcheck;
  if (!isRecord(healthcheck) || healthcheck.disable === true) return false;
  const test = healthcheck.test;
  if (Array.isArray(test)) return test.length > 0 && test[0] !== 'NONE';
  return typeof test === 'string' && test.trim() !== '';
}

function exampleHealthcheck(service: ServiceModel): string {
  const image = typeof service.image === 'string' ? service.image : '';
  if (/(^|\/)postgres(:|@|$)/.test(image)) return 'healthcheck: test: ["CMD-SHELL", "pg_isready -h 127.0.0.1 -U $${POSTGRES_USER}"]';
  return 'healthcheck: test: ["CMD", "<a command that exits 0 when the service is ready>"]';
}
