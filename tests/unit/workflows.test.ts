/**
 * The GitHub Actions workflow: tests on Node 20 and on the maintained LTS, actions on their Node 24
 * majors, and a Pages deploy that only a green push to main reaches.
 */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';

interface Step {
  readonly uses?: string;
  readonly run?: string;
}
interface Job {
  readonly if?: string;
  readonly needs?: string | readonly string[];
  readonly strategy?: {readonly matrix?: {readonly node?: readonly number[]}};
  readonly permissions?: Readonly<Record<string, string>>;
  readonly steps?: readonly Step[];
}
interface Workflow {
  readonly permissions?: Readonly<Record<string, string>>;
  readonly jobs: Readonly<Record<string, Job>>;
}

const workflow = parse(readFileSync('.github/workflows/ci.yml', 'utf8')) as Workflow;
const jobs = Object.entries(workflow.jobs);
const needsOf = (job: Job): string[] => (job.needs === undefined ? [] : typeof job.needs === 'string' ? [job.needs] : [...job.needs]);

/**
 * The first major of each action that runs on Node 24 (read from each action's action.yml:
 * `runs.using: node24`, or a composite of such actions). GitHub's runners dropped Node 20.
 */
const NODE24_MAJOR: Readonly<Record<string, number>> = {
  'actions/checkout': 5,
  'actions/setup-node': 5,
  'actions/upload-artifact': 6,
  'actions/upload-pages-artifact': 5,
  'actions/deploy-pages': 5,
};

describe('the CI workflow', () => {
  it('uses only actions it knows, each on a major that runs on Node 24', () => {
    const uses = jobs.flatMap(([, job]) => (job.steps ?? []).flatMap((step) => (step.uses ? [step.uses] : [])));
    expect(uses.length).toBeGreaterThan(5);
    for (const use of uses) {
      const [name = '', ref = ''] = use.split('@');
      expect(Object.keys(NODE24_MAJOR), use).toContain(name);
      const major = Number(/^v(\d+)$/.exec(ref)?.[1]);
      expect(major, `${use}: a major tag, v${NODE24_MAJOR[name]} or newer`).toBeGreaterThanOrEqual(NODE24_MAJOR[name] ?? Infinity);
    }
  });

  it('runs every test on Node 20 and on Node 24', () => {
    const test = workflow.jobs.test;
    expect(test?.strategy?.matrix?.node).toEqual([20, 24]);
    expect(test?.steps?.some((step) => step.run === 'npm test')).toBe(true);
  });

  it('deploys to Pages only from a push to main, after every test job, with the only write permissions', () => {
    expect(workflow.permissions).toEqual({contents: 'read'});
    const testJobs = jobs
      .filter(([, job]) => (job.steps ?? []).some((step) => step.run?.startsWith('npm test') || step.run?.startsWith('npm run labs:check')))
      .map(([name]) => name);
    expect(testJobs.sort()).toEqual(['labs-arm64', 'test']);
    const build = workflow.jobs['pages-build'];
    expect(build?.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
    expect(needsOf(build ?? {}).sort()).toEqual(testJobs);
    expect(build?.steps?.map((step) => step.run ?? step.uses?.split('@')[0])).toEqual(
      expect.arrayContaining(['npm run build', 'npm run test:links', 'actions/upload-pages-artifact']),
    );
    const deploy = workflow.jobs['pages-deploy'];
    expect(needsOf(deploy ?? {})).toEqual(['pages-build']);
    expect(deploy?.permissions).toEqual({pages: 'write', 'id-token': 'write'});
    for (const [name, job] of jobs) if (name !== 'pages-deploy') expect(job.permissions, name).toBeUndefined();
  });
});
