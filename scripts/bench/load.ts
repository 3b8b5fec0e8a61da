/**
 * A small, bounded load generator for loopback: `connections` loops send GET requests one after
 * another until `seconds` pass, timing each. Written here rather than taken from a load tool
 * because gunicorn's sync workers close every connection, which pipelining tools miscount.
 */
import {Agent, request} from 'node:http';

export interface LoadResult {
  readonly requests: number;
  readonly failures: number;
  readonly seconds: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly perSecond: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function getOnce(url: URL, agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, {agent, timeout: 10_000}, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end();
  });
}

export async function loadTest(url: string, connections: number, seconds: number): Promise<LoadResult> {
  const target = new URL(url);
  const agent = new Agent({keepAlive: true, maxSockets: connections});
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const loop = async (): Promise<void> => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      try {
        const status = await getOnce(target, agent);
        if (status === 200) latencies.push(performance.now() - t0);
        else failures += 1;
      } catch {
        failures += 1;
      }
    }
  };
  await Promise.all(Array.from({length: connections}, loop));
  agent.destroy();
  const elapsed = (performance.now() - started) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    requests: latencies.length,
    failures,
    seconds: Math.round(elapsed * 10) / 10,
    p50Ms: round(percentile(sorted, 50)),
    p99Ms: round(percentile(sorted, 99)),
    perSecond: Math.round(latencies.length / elapsed),
  };
}
