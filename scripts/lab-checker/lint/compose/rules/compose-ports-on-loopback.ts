import type {RuleHit} from '../../types.js';
import {substituteVariables} from '../../shared/variables.js';
import {isRecord, scalarText} from '../model.js';
import type {ComposeRule} from '../rule.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * Without an address, Docker publishes a port on every network interface: on conference WiFi
 * anyone in the room can open the app, and the firewall does not stop it (Docker writes its own
 * rules). The course publishes on 127.0.0.1 only.
 */
export const composePortsOnLoopback: ComposeRule = {
  kind: 'compose',
  id: 'compose-ports-on-loopback',
  description: 'Published ports listen on 127.0.0.1 only, not on every network interface.',
  severity: 'error',
  check({services, variables, lineOf}) {
    const hits: RuleHit[] = [];
    for (const [name, service] of services) {
      if (!Array.isArray(service.ports)) continue;
      service.ports.forEach((entry: unknown, index) => {
        const address = hostAddressOf(entry, variables);
        if (address !== undefined && LOOPBACK.has(address)) return;
        const written = isRecord(entry) ? `published: ${scalarText(entry.published)}` : String(entry);
        hits.push({
          line: lineOf(['services', name, 'ports', index]),
          message: `Service ${name}: "${written}" listens on ${address ?? 'every network interface'}, so others on the network can reach it: write "127.0.0.1:" in front (long syntax: host_ip: 127.0.0.1)`,
        });
      });
    }
    return hits;
  },
};

/** The address an entry of `ports:` binds on the host, or undefined when it names none (all interfaces). */
function hostAddressOf(entry: unknown, variables: Parameters<typeof substituteVariables>[1]): string | undefined {
  if (isRecord(entry)) return typeof entry.host_ip === 'string' ? entry.host_ip : undefined;
  const value = substituteVariables(String(entry), variables).value.replace(/\/(tcp|udp|sctp)$/i, '');
  const bracketed = /^(\[[^\]]*\]):/.exec(value);
  if (bracketed) return bracketed[1];
  const parts = value.split(':');
  // "ip:host:container" names an address; "host:container" and "container" do not.
  return parts.length >= 3 ? parts[0] : undefined;
}
