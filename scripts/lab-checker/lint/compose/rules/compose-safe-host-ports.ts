import type {RuleHit} from '../../types.js';
import {substituteVariables, type VariableLookup} from '../../shared/variables.js';
import {isRecord, scalarText} from '../model.js';
import type {ComposeRule} from '../rule.js';

/** Host ports that are commonly taken on students' machines, and by what. */
const TAKEN_HOST_PORTS: ReadonlyMap<number, {takenBy: string; instead: number}> = new Map([
  [80, {takenBy: 'IIS/other web servers, and needs root on Linux', instead: 8080}],
  [5000, {takenBy: 'macOS AirPlay Receiver', instead: 5050}],
  [8888, {takenBy: 'a Jupyter already running on the laptop', instead: 8889}],
]);

export const composeSafeHostPorts: ComposeRule = {
  kind: 'compose',
  id: 'compose-safe-host-ports',
  description: 'Published host ports avoid 80, 5000 and 8888, and any ${VAR} in them has a default.',
  severity: 'error',
  check({services, variables, lineOf}) {
    const hits: RuleHit[] = [];
    for (const [name, service] of services) {
      if (!Array.isArray(service.ports)) continue;
      service.ports.forEach((entry: unknown, index) => {
        const line = lineOf(['services', name, 'ports', index]);
        const hostSide = hostPortOf(entry, variables);
        if ('unresolved' in hostSide) {
          hits.push({
            line,
            message: `Service ${name}: port "${String(hostSide.written)}" uses \${${hostSide.unresolved}} with no default: write \${${hostSide.unresolved}:-<port>}`,
          });
          return;
        }
        for (const port of hostSide.ports) {
          const taken = TAKEN_HOST_PORTS.get(port);
          if (!taken) continue;
          hits.push({
            line,
            message: `Service ${name} publishes host port ${port}, often taken by ${taken.takenBy}: use another host port that is easy to change, e.g. "\${${portVariable(entry, name)}:-${taken.instead}}:${hostSide.containerPort}"`,
          });
        }
      });
    }
    return hits;
  },
};

type HostSide = {ports: number[]; containerPort: string} | {unresolved: string; written: unknown};

/** Host ports an entry of `ports:` publishes (short "[ip:]host:container[/proto]" or long syntax). */
export function hostPortOf(entry: unknown, variables: VariableLookup): HostSide {
  if (isRecord(entry)) {
    const published = entry.published;
    const target = scalarText(entry.target);
    if (published === undefined || published === null) return {ports: [], containerPort: target};
    const resolved = substituteVariables(scalarText(published), variables);
    if (resolved.unresolved.length > 0) return {unresolved: resolved.unresolved[0] ?? '', written: published};
    return {ports: expandRange(resolved.value), containerPort: target};
  }
  const written = String(entry);
  const resolved = substituteVariables(written, variables);
  if (resolved.unresolved.length > 0) return {unresolved: resolved.unresolved[0] ?? '', written};
  const withoutProtocol = resolved.value.replace(/\/(tcp|udp|sctp)$/i, '');
  // Drop an IP prefix; IPv6 addresses come in brackets: [::1]:8080:80
  const withoutIp = withoutProtocol.replace(/^\[[^\]]*\]:/, '');
  const parts = withoutIp.split(':');
  const containerPort = parts.at(-1) ?? '';
  if (parts.length < 2) return {ports: [], containerPort}; // Container port only: Docker picks a free host port.
  return {ports: expandRange(parts.at(-2) ?? ''), containerPort};
}

/** Ports of "8080" or "8000-8010"; a range yields only the taken ports in it, all this rule needs. */
function expandRange(spec: string): number[] {
  const [low, high] = spec.split('-').map((p) => Number.parseInt(p, 10));
  if (low === undefined || Number.isNaN(low)) return [];
  if (high === undefined || Number.isNaN(high)) return [low];
  return [...TAKEN_HOST_PORTS.keys()].filter((port) => port >= low && port <= high);
}

/** The variable the entry already uses for its host port, else SERVICE_PORT. */
function portVariable(entry: unknown, service: string): string {
  const written = isRecord(entry) ? scalarText(entry.published) : String(entry);
  return /\$\{?([A-Za-z_][A-Za-z0-9_]*)/.exec(written)?.[1] ?? `${service.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_PORT`;
}
