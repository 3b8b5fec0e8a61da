import {describe, expect, it} from 'vitest';
import {imageSizesModule, measuredSizes, sizeProblems} from '../../scripts/lab-checker/image-sizes';
import type {LabReport, LabsReport} from '../../scripts/lab-checker/report';

function lab(id: string, status: LabReport['status'], images: LabReport['images']): LabReport {
  return {id, title: id, status, skipped: 0, equivalents: 0, seconds: 1, images, checks: []};
}

const report = (labs: LabReport[]): LabsReport => ({
  schemaVersion: 1,
  startedAt: '2026-12-07T00:00:00.000Z',
  seconds: 1,
  ok: true,
  world: 'offline',
  engine: {kind: 'private', serverVersion: '26.1.5', builder: 'BuildKit'},
  sizesAreStandInSizes: true,
  setupSeconds: 0,
  standIns: [],
  labs,
});

describe('measuredSizes', () => {
  it('keeps the own layers of the images of labs that passed, and only theirs', () => {
    const sizes = measuredSizes(
      report([
        lab('04-rest-api', 'pass', [{name: 'api', tag: 't', sizeBytes: 450e6, ownBytes: 280e6, buildSeconds: 1}]),
        lab('03-model', 'fail', [{name: 'notebook', tag: 't', sizeBytes: 700e6, ownBytes: 500e6, buildSeconds: 1}]),
        // Built FROM an image no stand-in or pull recorded: its own layers are unknown.
        lab('01-docker-basics', 'pass', [{name: 'hello', tag: 't', sizeBytes: 1e6, buildSeconds: 1}]),
      ]),
    );
    expect(sizes).toEqual({'04-rest-api/api': 280e6});
  });
});

describe('sizeProblems', () => {
  const kept = {'04-rest-api/api': 280_000_000, '05-data-app/web': 40_000_000};
  it('accepts the few bytes two builds of the same pins differ by', () => {
    expect(sizeProblems(kept, {'04-rest-api/api': 280_004_096, '05-data-app/web': 39_999_000})).toEqual([]);
  });
  it('names an image whose size moved, with both figures', () => {
    expect(sizeProblems(kept, {'04-rest-api/api': 310_000_000})).toEqual([
      '04-rest-api/api: 310.0 MB measured, the instructor notes say 280.0 MB',
    ]);
  });
  it('names an image the notes do not know', () => {
    expect(sizeProblems(kept, {'06-new/api': 5_000_000})).toEqual([
      '06-new/api: 5.0 MB measured, and the instructor notes have no size for it',
    ]);
  });
  it('holds a small image to a megabyte, not to a share of almost nothing', () => {
    expect(sizeProblems({'01-docker-basics/hello': 9_000}, {'01-docker-basics/hello': 900_000})).toEqual([]);
    expect(sizeProblems({'01-docker-basics/hello': 9_000}, {'01-docker-basics/hello': 1_100_000})).toHaveLength(1);
  });
});

describe('imageSizesModule', () => {
  it('writes a sorted constant the pages import', () => {
    const module = imageSizesModule({'b/x': 2, 'a/y': 1});
    expect(module).toContain('export const IMAGE_OWN_BYTES = {\n  "a/y": 1,\n  "b/x": 2\n} as const;');
  });
});
