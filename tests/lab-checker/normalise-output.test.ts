import {describe, expect, it} from 'vitest';
import {dropNotShown, normaliseOutput} from '../../lib/labs/normalise';

const lines = (...text: string[]) => text.join('\n');
/** The normalised output of these lines. */
const norm = (...text: string[]) => normaliseOutput(lines(...text));

describe('normaliseOutput: Docker tables', () => {
  it('docker image ls: the image id, the age and the size become placeholders, the columns line up again', () => {
    const out = norm(
      'REPOSITORY   TAG           IMAGE ID       CREATED       SIZE',
      'debian       trixie-slim   7d4f0a1b2c3e   2 weeks ago   1.41GB',
      'debian       bookworm      0e5b7c9d8a11   3 days ago    97.2MB',
    );
    expect(out).toBe(
      lines(
        'REPOSITORY   TAG           IMAGE ID     CREATED      SIZE',
        'debian       trixie-slim   <image id>   <time> ago   <size>',
        'debian       bookworm      <image id>   <time> ago   <size>',
      ),
    );
  });

  it('docker ps: the container id, the age and the uptime go, the health and the ports stay', () => {
    const out = norm(
      'CONTAINER ID   IMAGE          COMMAND                  CREATED          STATUS                    PORTS                      NAMES',
      '3f2a9c81d0e4   iris-api:1.0   "gunicorn --bind 0.0…"   12 seconds ago   Up 11 seconds (healthy)   127.0.0.1:8080->8000/tcp   lab04-api',
    );
    expect(out).toContain('<container id>');
    expect(out).toContain('Up <duration> (healthy)');
    expect(out).toContain('127.0.0.1:8080->8000/tcp   lab04-api');
    expect(out).not.toMatch(/3f2a9c81d0e4|12 seconds|11 seconds/);
    // Still a table: each heading starts where its cells start.
    const [heading = '', row = ''] = out.split('\n');
    expect(row.indexOf('lab04-api')).toBe(heading.indexOf('NAMES'));
  });

  it('docker ps --all: an exited container says how it ended, not when', () => {
    const out = norm(
      'CONTAINER ID   IMAGE                COMMAND            CREATED              STATUS                        PORTS     NAMES',
      'b71d0c3e9a52   debian:trixie-slim   "sleep infinity"   About a minute ago   Exited (137) 3 seconds ago              lab01-box',
    );
    expect(out).toContain('Exited (137) <time> ago');
    expect(out).toContain('"sleep infinity"');
    expect(out).toMatch(/lab01-box$/);
  });

  it('docker top: process ids and start times are placeholders, the command stays', () => {
    const out = norm(
      'UID                 PID                 PPID                C                   STIME               TTY                 TIME                CMD',
      '1000                48213               48190               0                   19:02               ?                   00:00:00            /sbin/docker-init -- jupyter lab',
      '1000                48251               48213               3                   19:02               ?                   00:00:02            /usr/local/bin/python3.13 /usr/local/bin/jupyter-lab',
    );
    expect(out).toContain('/sbin/docker-init -- jupyter lab');
    expect(out).not.toMatch(/48213|48251|19:02|00:00:02/);
    expect(out.split('\n')[1]).toMatch(/^<user> +<pid> +<pid> +0 +<time> +\? +<time> +\/sbin\/docker-init/);
  });

  it('docker compose ps: the service table keeps its fixed ports', () => {
    const out = norm(
      'NAME               IMAGE                COMMAND                  SERVICE   CREATED          STATUS                    PORTS',
      'iris-app-db-1      postgres:17-trixie   "docker-entrypoint.s…"   db        31 seconds ago   Up 30 seconds (healthy)   5432/tcp',
      'iris-app-proxy-1   nginx:1.30-trixie    "/docker-entrypoint.…"   proxy     31 seconds ago   Up 19 seconds (healthy)   127.0.0.1:8088->80/tcp',
    );
    expect(out).toContain('127.0.0.1:8088->80/tcp');
    expect(out).toContain('iris-app-proxy-1');
    expect(out).not.toMatch(/\d+ seconds/);
  });
});

describe('normaliseOutput: builds, runs and installs', () => {
  it('docker build (BuildKit, plain progress): digests, sizes, step numbers and timings go, the step lines stay', () => {
    const out = norm(
      '#0 building with "default" instance using docker driver',
      '',
      '#1 [internal] load build definition from Dockerfile',
      '#1 transferring dockerfile: 412B done',
      '#1 DONE 0.0s',
      '',
      '#5 [1/3] FROM docker.io/library/python:3.13-slim-trixie@sha256:9d1c5f0e8b6a4c3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f',
      '#5 resolve docker.io/library/python:3.13-slim-trixie@sha256:9d1c5f0e8b6a4c3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f 0.0s done',
      '#6 [2/3] RUN pip install --no-cache-dir -r requirements.txt',
      '#6 1.532 Collecting flask==3.1.3 (from -r requirements.txt (line 1))',
      '#6 12.07 Successfully installed flask-3.1.3',
      '#6 DONE 14.2s',
      '#8 exporting to image',
      '#8 exporting layers 1.3s done',
      '#8 writing image sha256:4c1e6b0a9d8f7e6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c done',
      '#8 naming to docker.io/library/iris-api:1.0 done',
      '#8 DONE 1.4s',
    );
    expect(out).toContain('\ntransferring dockerfile: <size> done');
    expect(out).toContain('\n[1/3] FROM docker.io/library/python:3.13-slim-trixie@<digest>');
    expect(out).toContain('\nCollecting flask==3.1.3 (from -r requirements.txt (line 1))');
    expect(out).toContain('\nDONE <duration>');
    expect(out).toContain('\nwriting image <digest> done');
    expect(out).toContain('\nnaming to docker.io/library/iris-api:1.0 done');
    // The step numbers follow the cache, not the Dockerfile: they go.
    expect(out).not.toMatch(/^#\d/m);
  });

  it('docker build on a busy machine: a slow part printed when it starts and when it is done reads as a quick one', () => {
    const quick = norm(
      '#9 exporting to image',
      '#9 exporting layers done',
      '#9 naming to docker.io/library/iris-notebook:1.0 done',
      '#9 DONE 0.2s',
    );
    const slow = norm(
      '#9 exporting to image',
      '#9 exporting layers',
      '#9 exporting layers 2.1s done',
      '#9 naming to docker.io/library/iris-notebook:1.0',
      '#9 naming to docker.io/library/iris-notebook:1.0 0.3s done',
      '#9 DONE 2.5s',
    );
    expect(slow).toBe(quick);
    expect(slow.split('\n').filter((line) => line.startsWith('naming to'))).toEqual(['naming to docker.io/library/iris-notebook:1.0 done']);
  });

  it('docker build (classic builder): step ids and the image id go', () => {
    const out = normaliseOutput(
      lines(
        'Step 2/4 : RUN useradd --create-home app',
        ' ---> Running in 5e0c2d1b3a4f',
        ' ---> 9a8b7c6d5e4f',
        'Successfully built 9a8b7c6d5e4f',
        'Successfully tagged hello-docker:1.0',
      ),
    );
    expect(out).not.toMatch(/5e0c2d1b3a4f|9a8b7c6d5e4f/);
    expect(out).toContain('Successfully tagged hello-docker:1.0');
  });

  it('docker run --detach: the new container id on its own line', () => {
    expect(normaliseOutput('0d9c1e4b7f2a3c5d6e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d\n')).toBe('<container id>');
  });

  it('docker pull (online): the digest line keeps its words, not its digest', () => {
    const out = norm(
      'trixie-slim: Pulling from library/debian',
      '5f2ef2b6d4a1: Pull complete',
      'Digest: sha256:b1a741487078b369e78119849663d7f1a5341ef2768798f7b7406c4240f86aef',
      'Status: Downloaded newer image for debian:trixie-slim',
      'docker.io/library/debian:trixie-slim',
    );
    expect(out).toContain('Digest: <digest>');
    expect(out).toContain('<id>: Pull complete');
    expect(out).toMatch(/docker\.io\/library\/debian:trixie-slim$/);
  });

  it('pip install: download sizes, rates and times go', () => {
    const out = norm(
      'Collecting scikit-learn==1.9.1',
      '  Downloading scikit_learn-1.9.1-cp313-cp313-manylinux_2_27_x86_64.manylinux_2_28_x86_64.whl.metadata (11 kB)',
      'Downloading scikit_learn-1.9.1-cp313-cp313-manylinux_2_27_x86_64.manylinux_2_28_x86_64.whl (9.6 MB)',
      '   ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 9.6/9.6 MB 41.3 MB/s eta 0:00:00',
      'Installing collected packages: threadpoolctl, scikit-learn',
      'Successfully installed scikit-learn-1.9.1 threadpoolctl-3.6.0',
    );
    expect(out).toContain('.whl.metadata (<size>)');
    expect(out).toContain('<size> <size>/s eta <time>');
    expect(out).toContain('Successfully installed scikit-learn-1.9.1 threadpoolctl-3.6.0');
  });

  it("ls -l: size, date and owner are the reader's own; the names stay", () => {
    const out = normaliseOutput(
      lines(
        'total 20',
        '-rw-r--r-- 1 student student 17342 Dec  7 19:41 confusion-matrix.png',
        '-rw-r--r-- 1 1000    1000      231 Dec  7 19:41 metrics.json',
      ),
    );
    expect(out).toBe(
      lines(
        'total <size>',
        '-rw-r--r-- 1 <you> <you> <size> <date> confusion-matrix.png',
        '-rw-r--r-- 1 <you> <you> <size> <date> metrics.json',
      ),
    );
  });

  it('server logs: the time stamp, the pid in a log line and a temp folder', () => {
    const out = norm(
      '[2026-12-07 19:02:11 +0000] [1] [INFO] Listening at: http://0.0.0.0:8000 (1)',
      '[I 2026-12-07 19:02:12.418 ServerApp] Jupyter Server 2.17.0 is running at:',
      '[2026-12-07 19:02:11 +0000] [1] [INFO] Booting worker with pid: 7',
      'Wrote /tmp/labcheck-03-model-AbC123/steps-x9/model/iris-model.pkl in 0.42s',
      '\u001b[32m1 passed\u001b[0m in 0.12s',
    );
    expect(out).toBe(
      lines(
        '[<date time>] [<pid>] [INFO] Listening at: http://0.0.0.0:8000 (1)',
        '[I <date time> ServerApp] Jupyter Server 2.17.0 is running at:',
        '[<date time>] [<pid>] [INFO] Booting worker with pid: <pid>',
        'Wrote <temp folder> in <duration>',
        '1 passed in <duration>',
      ),
    );
  });

  it('keeps what does not vary: versions, fixed ports, JSON and words', () => {
    const text = lines(
      '{"species": "setosa", "probability": 0.98}',
      'Hello, Docker!',
      'Listening at: http://0.0.0.0:8000',
      'versicolor |     4',
      'scikit-learn 1.9.1',
    );
    expect(normaliseOutput(text)).toBe(text);
  });

  it("a container's own /tmp stays, the machine's temporary folders go; a kernel's uuid goes", () => {
    expect(
      norm(
        '[3/6] RUN pip install --no-cache-dir -r /tmp/requirements.txt',
        '/tmp/pip-build-env-x1y2/overlay',
        'kernel-5422a032-9455-4386-abcc-be1811cea5a1.json',
      ),
    ).toBe(lines('[3/6] RUN pip install --no-cache-dir -r /tmp/requirements.txt', '<temp folder>', 'kernel-<id>.json'));
  });

  it('access logs: the time stamp goes, the request stays', () => {
    expect(norm('web-1  | 172.18.0.3 - - [07/Dec/2026:20:31:50 +0000] "POST /uploads HTTP/1.1" 303 207 "-" "curl/7.88.1"')).toBe(
      'web-1  | 172.18.0.3 - - [<date time>] "POST /uploads HTTP/1.1" 303 207 "-" "curl/7.88.1"',
    );
  });

  it('a port the engine chose becomes a placeholder, a fixed one stays', () => {
    expect(normaliseOutput('0.0.0.0:49153->8888/tcp, 127.0.0.1:8890->8888/tcp')).toBe('0.0.0.0:<port>->8888/tcp, 127.0.0.1:8890->8888/tcp');
  });
});

describe('dropNotShown', () => {
  it("drops curl's progress meter, which a terminal does not show, and keeps the answer", () => {
    const piped = lines(
      '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current',
      '                                 Dload  Upload   Total   Spent    Left  Speed',
      '',
      '  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0',
      '100   567  100   340  100   227  82765  55258 --:--:-- --:--:-- --:--:--  138k',
      '{"count": 3}',
    );
    expect(dropNotShown(piped).trim()).toBe('{"count": 3}');
  });

  it('keeps a table whose rows are numbers', () => {
    const psql = lines(' species    | count ', '------------+-------', ' setosa     |     4', '(3 rows)');
    expect(dropNotShown(psql)).toBe(psql);
  });
});
