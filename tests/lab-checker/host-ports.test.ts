import {createServer, type Server} from 'node:net';
import {afterEach, describe, expect, it} from 'vitest';
import {busyPortProblems, freePort, isPortBusy, publishedPorts} from '../../scripts/lab-checker/checks/host-ports';

const step = {id: 'run'};

describe('publishedPorts', () => {
  it('reads the fixed host ports of --publish and -p, with or without an address', () => {
    const command = 'docker run -d --publish 127.0.0.1:8890:8888 -p 8080:8000/tcp --publish=9000:90 img';
    expect(publishedPorts(step, command).map((p) => [p.address, p.port])).toEqual([
      ['127.0.0.1', 8890],
      ['0.0.0.0', 8080],
      ['0.0.0.0', 9000],
    ]);
  });

  it('skips ports Docker picks itself, and other numbers in the command', () => {
    expect(publishedPorts(step, 'docker run -p 127.0.0.1::8000 -p 8000 --env PORT=1:2 img')).toEqual([]);
  });
});

describe('busyPortProblems', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it('names the busy port, the step and what to do; says nothing of free ports', async () => {
    server = createServer();
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    const busy = address.port;
    expect(await isPortBusy('127.0.0.1', busy)).toBe(true);
    const problems = await busyPortProblems([
      ...publishedPorts({id: 'run'}, `docker run --publish 127.0.0.1:${busy}:8888 img`),
      ...publishedPorts({id: 'again'}, `docker run --publish 127.0.0.1:${busy}:8888 img`),
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`port ${busy} on this machine is already in use`);
    expect(problems[0]).toContain('step run publishes it');
    expect(problems[0]).toContain('docker ps');
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    server = undefined;
    expect(await busyPortProblems(publishedPorts(step, `docker run --publish 127.0.0.1:${busy}:8888 img`))).toEqual([]);
  });
});

describe('freePort', () => {
  it('gives a port on 127.0.0.1 that nothing listens on, and different ones while they are held', async () => {
    const port = await freePort();
    expect(port).toBeGreaterThan(1023);
    expect(await isPortBusy('127.0.0.1', port)).toBe(false);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    try {
      expect(await isPortBusy('127.0.0.1', port)).toBe(true);
      expect(await freePort()).not.toBe(port);
    } finally {
      server.close();
    }
  });
});
