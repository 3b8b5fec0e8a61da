/** Edge cases of the Compose rules, on inline text (the fixtures cover one case per rule). */
import {describe, expect, it} from 'vitest';
import {lintComposeText, type Finding} from '../../scripts/lab-checker/lint/index.js';
import {hostPortOf} from '../../scripts/lab-checker/lint/compose/rules/compose-safe-host-ports.js';

function findingsOf(ruleId: string, compose: string, inputs: Parameters<typeof lintComposeText>[2] = {}): Finding[] {
  return lintComposeText('compose.yaml', compose, inputs).filter((f) => f.ruleId === ruleId);
}

describe('compose-safe-host-ports', () => {
  const none = (): undefined => undefined;

  it.each([
    ['8080:80', [8080]],
    ['127.0.0.1:8080:80', [8080]],
    ['[::1]:5000:5000/udp', [5000]],
    ['${API_PORT:-8888}:8000', [8888]],
    ['127.0.0.1::80', []],
    ['80', []],
    ['4990-5010:4990-5010', [5000]],
  ])('short syntax %j publishes host ports %j', (entry, ports) => {
    expect(hostPortOf(entry, none)).toMatchObject({ports});
  });

  it('reads long syntax, with published as number or string', () => {
    expect(hostPortOf({target: 80, published: 80}, none)).toMatchObject({ports: [80]});
    expect(hostPortOf({target: 80, published: '${WEB:-8080}'}, none)).toMatchObject({ports: [8080]});
    expect(hostPortOf({target: 80}, none)).toMatchObject({ports: []});
  });

  it('reports a host port variable without a default', () => {
    const findings = findingsOf('compose-safe-host-ports', 'services:\n  a:\n    image: x:1\n    ports:\n      - "${PORT}:80"\n');
    expect(findings.map((f) => f.line)).toEqual([5]);
    expect(findings[0]?.message).toContain('${PORT:-<port>}');
  });

  it('keeps the variable the student already uses in its suggestion', () => {
    const [finding] = findingsOf('compose-safe-host-ports', 'services:\n  api:\n    image: x:1\n    ports: ["${API_PORT:-5000}:5000"]\n');
    expect(finding?.message).toContain('"${API_PORT:-5050}:5000"');
  });

  it('uses values from .env over defaults', () => {
    const compose = 'services:\n  a:\n    image: x:1\n    ports:\n      - "${PORT:-80}:80"\n';
    expect(findingsOf('compose-safe-host-ports', compose, {variables: (n) => (n === 'PORT' ? '8080' : undefined)})).toEqual([]);
    expect(findingsOf('compose-safe-host-ports', compose)).toHaveLength(1);
  });
});

describe('compose-healthcheck-on-dependency', () => {
  const base =
    'services:\n  db:\n    image: postgres:15\n  api:\n    build: ./api\n    depends_on: [db]\n  web:\n    image: nginx:1.22\n    depends_on:\n      api:\n        condition: service_healthy\n';

  it('reports each depended-on service once, at its name, naming its dependents', () => {
    const findings = findingsOf('compose-healthcheck-on-dependency', base);
    expect(findings.map((f) => f.line)).toEqual([2, 4]);
    expect(findings[0]?.message).toMatch(/^db has no healthcheck, but api depends on it.*pg_isready/);
    expect(findings[1]?.message).toContain('condition: service_healthy');
  });

  it('accepts a HEALTHCHECK from the Dockerfile a service is built from, not from a pulled image', () => {
    const findings = findingsOf('compose-healthcheck-on-dependency', base, {
      builtImageHasHealthcheck: new Map([['api', true]]),
    });
    expect(findings.map((f) => f.line)).toEqual([2]);
  });

  it('does not count test: ["NONE"] as a healthcheck', () => {
    const compose =
      'services:\n  db:\n    image: postgres:15\n    healthcheck:\n      test: ["NONE"]\n  api:\n    image: x:1\n    depends_on: [db]\n';
    expect(findingsOf('compose-healthcheck-on-dependency', compose).map((f) => f.line)).toEqual([2]);
  });
});

describe('compose-pinned-tags', () => {
  it('reports at the image line and resolves .env values', () => {
    const compose = 'services:\n  db:\n    image: postgres:${PG_TAG:-15}\n';
    expect(findingsOf('compose-pinned-tags', compose)).toEqual([]);
    const findings = findingsOf('compose-pinned-tags', compose, {variables: (n) => (n === 'PG_TAG' ? 'latest' : undefined)});
    expect(findings.map((f) => [f.line, f.message])).toEqual([
      [
        3,
        'Service db: image: postgres:${PG_TAG:-15} (= postgres:latest) uses `latest`, which changes under you: pin a version, e.g. image: postgres:17-trixie',
      ],
    ]);
  });

  it('checks images that come from YAML anchors and merge keys', () => {
    const compose = 'x-base: &base\n  image: python\nservices:\n  a:\n    <<: *base\n';
    // A merged key has no line of its own, so the finding points at the service.
    expect(findingsOf('compose-pinned-tags', compose).map((f) => f.line)).toEqual([4]);
  });
});

describe('compose files in general', () => {
  it('runs no model rules on invalid YAML, reporting only the YAML error', () => {
    const findings = lintComposeText('compose.yaml', 'version: "3"\nservices: [\n');
    expect(findings.map((f) => f.ruleId)).toEqual(['compose-valid-yaml']);
  });

  it('honours a reasoned lint-ignore above a port entry', () => {
    const compose =
      'services:\n  a:\n    image: x:1\n    ports:\n      # lint-ignore compose-safe-host-ports: demo of the clash\n      - "127.0.0.1:5000:5000"\n      - "127.0.0.1:8888:8888"\n';
    expect(lintComposeText('compose.yaml', compose).map((f) => f.line)).toEqual([7]);
  });
});
