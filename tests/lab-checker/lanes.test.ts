import {describe, expect, it} from 'vitest';
import {composePorts, heldBy, heldByLabDir, runInLanes, type LaneJob} from '../../scripts/lab-checker/mutants/lanes';
import {loadLab} from '../../scripts/lab-checker/load-labs';
import {defaultLabsDir} from '../../scripts/lab-checker/paths';
import type {LabManifest} from '../../scripts/lab-checker/manifest';

describe('what a lab holds while its mutants run', () => {
  it('reads the fixed host ports of a Compose file, with a variable\'s default, and not a container-side port', () => {
    const text = ['services:', '  a:', '    ports:', '      - "127.0.0.1:${APP_PORT:-8088}:80"', '      - "127.0.0.1:9000:8000"', '      - 5432:5432', '    # - "127.0.0.1:7000:80"', '    expose:', '      - "8000"'].join('\n');
    expect(composePorts(text)).toEqual([8088, 9000, 5432]);
  });

  it('names the steps\' published ports, the names they create, the images used by name and the labs built or mounted', () => {
    const lab = {
      id: 'lab-b',
      steps: [{id: 'run', title: '', explain: '', command: 'docker run -d -p 127.0.0.1:8890:8888 img'}],
      resources: {containers: ['box'], images: ['img:1.0']},
      imagesFromLabs: [{ref: 'api:1.0', lab: 'lab-a', image: 'api'}],
      checks: [{kind: 'http', name: 'h', mountHandoff: {lab: 'lab-z', path: 'model', at: '/m'}}],
    } as unknown as LabManifest;
    expect([...heldBy(lab, ['      - "127.0.0.1:${P:-8086}:8000"'])].sort()).toEqual(
      ['containers:box', 'images:api:1.0', 'images:img:1.0', 'lab:lab-a', 'lab:lab-b', 'lab:lab-z', 'port:8086', 'port:8890'].sort(),
    );
  });

  it('keeps apart the course\'s labs that would disturb each other, and lets the others run side by side', async () => {
    const held = async (id: string): Promise<Set<string>> => {
      const loaded = await loadLab(defaultLabsDir, id);
      return heldByLabDir(loaded.manifest, loaded.dir);
    };
    const shared = (a: Set<string>, b: Set<string>): string[] => [...a].filter((key) => b.has(key));
    const [w1, w4, model, api, app, basics] = await Promise.all(
      ['02-workflows/w1-jupyter', '02-workflows/w4-api', '03-model', '04-rest-api', '05-data-app', '01-docker-basics'].map(held),
    );
    // Both Jupyter labs publish 8890; lab 04 builds lab 03's image and mounts its model; lab 04's
    // steps build and remove iris-api:1.0, which lab 05 and W4 run.
    expect(shared(w1!, model!)).toContain('port:8890');
    expect(shared(api!, model!)).toContain('lab:03-model');
    expect(shared(app!, api!)).toContain('images:iris-api:1.0');
    expect(shared(app!, w4!)).toContain('images:iris-api:1.0');
    expect(shared(app!, model!)).toEqual([]);
    expect(shared(app!, basics!)).toEqual([]);
  }, 30_000);
});

describe('running labs side by side', () => {
  function jobs(specs: readonly {name: string; held: string[]; estimate: number}[], log: string[]): LaneJob<string>[] {
    return specs.map((spec) => ({
      name: spec.name,
      held: new Set(spec.held),
      estimate: spec.estimate,
      run: async () => {
        log.push(`start ${spec.name}`);
        await new Promise((resolve) => setTimeout(resolve, spec.estimate));
        log.push(`end ${spec.name}`);
        return spec.name;
      },
    }));
  }

  /** The jobs running at once, after each start. */
  function together(log: readonly string[]): string[][] {
    const running = new Set<string>();
    const seen: string[][] = [];
    for (const entry of log) {
      const [what, name = ''] = entry.split(' ');
      if (what === 'start') {
        running.add(name);
        seen.push([...running].sort());
      } else running.delete(name);
    }
    return seen;
  }

  it('never runs two jobs that hold a common key at once, nor more than the width, and returns results in the jobs\' order', async () => {
    const log: string[] = [];
    const results = await runInLanes(
      jobs(
        [
          {name: 'a', held: ['port:1'], estimate: 30},
          {name: 'b', held: ['port:1'], estimate: 20},
          {name: 'c', held: ['image:x'], estimate: 10},
          {name: 'd', held: ['image:y'], estimate: 5},
        ],
        log,
      ),
      2,
    );
    expect(results).toEqual(['a', 'b', 'c', 'd']);
    const groups = together(log);
    expect(groups.every((group) => group.length <= 2)).toBe(true);
    expect(groups.some((group) => group.includes('a') && group.includes('b'))).toBe(false);
    // The longest starts first, with the longest that does not clash with it beside it.
    expect(log.slice(0, 2)).toEqual(['start a', 'start c']);
  });

  it('runs one job at a time with a width of 1, and starts nothing more once stopped', async () => {
    const log: string[] = [];
    const specs = [
      {name: 'a', held: [], estimate: 5},
      {name: 'b', held: [], estimate: 5},
    ];
    await runInLanes(jobs(specs, log), 1);
    expect(together(log)).toEqual([['a'], ['b']]);
    const stoppedLog: string[] = [];
    expect(await runInLanes(jobs(specs, stoppedLog), 2, () => true)).toEqual([]);
    expect(stoppedLog).toEqual([]);
  });
});
