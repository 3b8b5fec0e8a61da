/** Edge cases of the Dockerfile rules, on inline text (the fixtures cover one case per rule). */
import {describe, expect, it} from 'vitest';
import {lintDockerfileText, type Finding} from '../../scripts/lab-checker/lint/index.js';
import {disablesCache} from '../../scripts/lab-checker/lint/dockerfile/rules/pip-no-cache-dir.js';

const CLEAN_END = 'USER 1000\nCMD ["python", "app.py"]\n';

function findingsOf(ruleId: string, dockerfile: string): Finding[] {
  return lintDockerfileText('Dockerfile', dockerfile, true).filter((f) => f.ruleId === ruleId);
}

function linesOf(ruleId: string, dockerfile: string): number[] {
  return findingsOf(ruleId, dockerfile).map((f) => f.line);
}

describe('pinned-base-tag', () => {
  it('tells the student what to write', () => {
    expect(findingsOf('pinned-base-tag', `FROM python\n${CLEAN_END}`)[0]?.message).toBe(
      'FROM python uses no tag: pin a version, e.g. FROM python:3.13-slim-trixie',
    );
  });

  it('resolves ARG defaults, including ARGs built from earlier ARGs, and shows the result', () => {
    const dockerfile = `ARG V=3.11\nARG TAG=\${V}-slim\nFROM python:\${TAG}\nFROM python:\${NOPE:-latest}\n${CLEAN_END}`;
    const findings = findingsOf('pinned-base-tag', dockerfile);
    expect(findings.map((f) => f.line)).toEqual([4]);
    expect(findings[0]?.message).toContain('python:latest');
  });

  it('treats a stage name as pinned only when the stage is declared earlier', () => {
    expect(linesOf('pinned-base-tag', `FROM builder\nFROM python:3.11 AS builder\n${CLEAN_END}`)).toEqual([1]);
    expect(linesOf('pinned-base-tag', `FROM python:3.11 AS Builder\nFROM builder\n${CLEAN_END}`)).toEqual([]);
  });

  it('skips --platform flags', () => {
    expect(linesOf('pinned-base-tag', `FROM --platform=$BUILDPLATFORM python:3.11-slim\n${CLEAN_END}`)).toEqual([]);
    expect(linesOf('pinned-base-tag', `FROM --platform=linux/amd64 python\n${CLEAN_END}`)).toEqual([1]);
  });
});

describe('exec-form-cmd', () => {
  it.each([
    ['CMD ["python", "app.py"]', []],
    ['CMD []', []],
    ['CMD [ "python" , \\\n  "app.py" ]', []],
    ['CMD ["python", 1]', [2]],
    ['CMD python app.py', [2]],
    ["CMD ['python', 'app.py']", [2]],
    ['ENTRYPOINT ["python"]\nCMD app.py', [3]],
  ])('%j → lines %j', (instruction, lines) => {
    expect(linesOf('exec-form-cmd', `FROM python:3.11\n${instruction}\nUSER 1000\n`)).toEqual(lines);
  });

  it('suggests the exec form, and a shell wrapper when shell features are used', () => {
    expect(findingsOf('exec-form-cmd', 'FROM python:3.11\nUSER 1000\nCMD python app.py --port 8000\n')[0]?.message).toContain(
      'CMD ["python", "app.py", "--port", "8000"]',
    );
    expect(findingsOf('exec-form-cmd', 'FROM python:3.11\nUSER 1000\nCMD python app.py --port $PORT\n')[0]?.message).toContain(
      '["sh", "-c", "exec python app.py --port $PORT"]',
    );
  });
});

describe('pip-no-cache-dir', () => {
  it.each([
    ['RUN pip install flask', [2]],
    ['RUN /usr/local/bin/pip3.11 install flask', [2]],
    ['RUN python3 -m pip install flask', [2]],
    ['RUN sh -c "pip install flask"', [2]],
    ['RUN pip install --no-cache-dir flask', []],
    ['RUN PIP_NO_CACHE_DIR=1 pip install flask', []],
    ['RUN pip download flask && pip --version', []],
    ['RUN uv pip install flask', []],
    ['RUN pip install --no-cache-dir a && pip install b', [2]],
    ['ENV PIP_NO_CACHE_DIR=false\nRUN pip install flask', []],
    ['ARG PIP_NO_CACHE_DIR=1\nRUN pip install flask', []],
    ['RUN pip install flask\nENV PIP_NO_CACHE_DIR=1', [2]],
    ['RUN <<EOF\npip install flask\nEOF', [2]],
  ])('%j → lines %j', (run, lines) => {
    expect(linesOf('pip-no-cache-dir', `FROM python:3.11\n${run}\n${CLEAN_END}`)).toEqual(lines);
  });

  it('inherits PIP_NO_CACHE_DIR from the stage it builds on', () => {
    const dockerfile = `FROM python:3.11 AS base\nENV PIP_NO_CACHE_DIR=1\nFROM base\nRUN pip install flask\n${CLEAN_END}`;
    expect(linesOf('pip-no-cache-dir', dockerfile)).toEqual([]);
  });

  it('follows pip: any valid boolean disables the cache, other values do not', () => {
    expect(['1', 'true', 'off', '0', 'No'].map(disablesCache)).toEqual([true, true, true, true, true]);
    expect(['', 'nope', undefined].map(disablesCache)).toEqual([false, false, false]);
  });
});

describe('copy-not-add', () => {
  it.each([
    ['ADD app.py /app/', [2]],
    ['ADD --chown=1000:1000 app.py /app/', [2]],
    ['ADD ["app.py", "/app/"]', [2]],
    ['ADD model.tar.gz archive.tgz /models/', []],
    ['ADD model.tar.gz app.py /models/', [2]],
    ['ADD https://example.org/x.csv /data/', [2]],
    ['ADD --checksum=sha256:abc https://example.org/x.csv /data/', []],
    ['COPY app.py /app/', []],
  ])('%j → lines %j', (add, lines) => {
    expect(linesOf('copy-not-add', `FROM python:3.11\n${add}\n${CLEAN_END}`)).toEqual(lines);
  });
});

describe('non-root-user', () => {
  it.each([
    ['USER app', []],
    ['USER 1000:1000', []],
    ['USER root:root', [2]],
    ['USER 0', [2]],
    ['ARG NAME=app\nUSER ${NAME}', []],
    ['USER ${UNKNOWN}', []],
  ])('%j → lines %j', (user, lines) => {
    expect(linesOf('non-root-user', `FROM python:3.11\n${user}\nCMD ["python"]\n`)).toEqual(lines);
  });

  it('says nothing about a Dockerfile without instructions (e.g. a starter with only TODO comments)', () => {
    expect(lintDockerfileText('Dockerfile', '# TODO: write your Dockerfile here\n', true)).toEqual([]);
  });

  it('is silenced by a reasoned directive above the final FROM, and only there', () => {
    const above = `FROM python:3.11\n# lint-ignore non-root-user: exits after one job\nFROM python:3.11\nCMD ["python"]\n`;
    const elsewhere = `# lint-ignore non-root-user: exits after one job\nFROM python:3.11\nFROM python:3.11\nCMD ["python"]\n`;
    expect(linesOf('non-root-user', above)).toEqual([]);
    expect(linesOf('non-root-user', elsewhere)).toEqual([3]);
  });
});

describe('apt rules', () => {
  it.each([
    ['RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*', []],
    ['RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -fr /var/lib/apt/lists', []],
    ['RUN apt-get update && apt-get install -y --no-install-recommends curl && apt-get clean', [2]],
    ['RUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y --no-install-recommends curl', [2]],
    ['RUN apt-get -q -o Dpkg::Use-Pty=0 install -y --no-install-recommends curl', [2]],
    ['RUN apt-get update', []],
  ])('apt-lists-cleaned: %j → lines %j', (run, lines) => {
    expect(linesOf('apt-lists-cleaned', `FROM python:3.11\n${run}\n${CLEAN_END}`)).toEqual(lines);
  });

  it('warns (not errors) about recommended packages, once per install command', () => {
    const findings = findingsOf(
      'apt-no-install-recommends',
      `FROM python:3.11\nRUN apt-get install -y a && apt install b && apt-get install --no-install-recommends c && rm -rf /var/lib/apt/lists/*\n${CLEAN_END}`,
    );
    expect(findings.map((f) => [f.line, f.severity])).toEqual([
      [2, 'warning'],
      [2, 'warning'],
    ]);
  });
});

describe('dockerignore-present', () => {
  it('depends only on what the loader found', () => {
    expect(linesOf('dockerignore-present', `FROM python:3.11\n${CLEAN_END}`)).toEqual([]);
    const missing = lintDockerfileText('Dockerfile', `FROM python:3.11\n${CLEAN_END}`, false);
    expect(missing.map((f) => [f.ruleId, f.line])).toEqual([['dockerignore-present', 1]]);
  });
});
