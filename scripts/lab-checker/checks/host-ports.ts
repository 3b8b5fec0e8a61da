/**
 * The students' steps publish fixed host ports (8080, 8890: the numbers on the page). Before
 * running them the checker makes sure those ports are free, so a busy port is reported as what it
 * is, with what to do, instead of as a cryptic "port is already allocated" in the middle of a step.
 */
import {createServer} from 'node:net';
import type {LabStep} from '../../../lib/labs/manifest';

export interface PublishedPort {
  /** The host address the port is published on; 0.0.0.0 when the command names none. */
  readonly address: string;
  readonly port: number;
  /** The step whose command publishes it, and the flag as written. */
  readonly stepId: string;
  readonly flag: string;
}

// --publish / -p, with "=" or a space, then [address:]hostPort:containerPort[/proto]. A bare
// container port, or an empty host port (127.0.0.1::8000), lets Docker pick a free one: skipped.
const PUBLISH =
  /(?:^|\s)(?:--publish|-p)(?:=|\s+)["']?((?:(\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:]+\]):)?(\d+):\d+(?:\/(?:tcp|udp|sctp))?)["']?(?=\s|$)/g;

/** Fixed host ports the command publishes. */
export function publishedPorts(step: Pick<LabStep, 'id'>, command: string): PublishedPort[] {
  const found: PublishedPort[] = [];
  for (const match of command.matchAll(PUBLISH)) {
    const [, flag = '', address, port = ''] = match;
    found.push({address: (address ?? '0.0.0.0').replace(/^\[|\]$/g, ''), port: Number(port), stepId: step.id, flag});
  }
  return found;
}

/** Whether something on this machine already listens where Docker would need to bind. */
export function isPortBusy(address: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'EADDRINUSE' || error.code === 'EACCES'));
    server.once('listening', () => server.close(() => resolve(false)));
    // exclusive: a port held by another process of this cluster counts as busy too.
    server.listen({host: address, port, exclusive: true});
  });
}

/** A port nothing listens on now, on `host` (127.0.0.1), chosen by the kernel: for a run's own stack. */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

/** A message for each published host port that is taken; empty when all are free. */
export async function busyPortProblems(ports: readonly PublishedPort[]): Promise<string[]> {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const published of ports) {
    const key = `${published.address}:${published.port}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (await isPortBusy(published.address, published.port)) {
      problems.push(
        `port ${published.port} on this machine is already in use, and step ${published.stepId} publishes it (\`--publish ${published.flag}\`). ` +
          `Stop whatever listens there (\`docker ps\` lists containers; \`ss -ltnp 'sport = :${published.port}'\` shows any other program), then run the check again.`,
      );
    }
  }
  return problems;
}
