import {existsSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {labFolders} from '../../lib/bundles/lab-bundles';
import {findLabIds, loadLab} from '../../lib/labs/load-labs';
import {labs} from '../../labs/registry';
import {stepSources} from '../../src/data/lab-steps';
import {agenda} from '../../src/data/agenda';

const root = path.resolve(import.meta.dirname, '../..');
const labsDir = path.join(root, 'labs');

// The lab checker, the downloads and the setup kit find the labs by their folders; the site reads the registry.
const manifests = Object.values(stepSources);

describe('the lab registry (labs/registry.ts)', () => {
  it('names the labs the lab folders hold, each part with its own lab.ts, in course order', () => {
    expect(manifests.map((m) => m.id)).toEqual(findLabIds(labsDir));
    expect(labs.map((lab) => lab.id)).toEqual(labFolders(labsDir));
  });

  it("gives a lab without parts the manifest's title, and each manifest its own id", async () => {
    for (const entry of manifests) {
      const {manifest} = await loadLab(labsDir, entry.id);
      expect(manifest.id).toBe(entry.id);
      if (entry.id === entry.lab) expect(manifest.title).toBe(labs.find((lab) => lab.id === entry.lab)?.title);
    }
  });

  it('has a page for every lab, and every lab in one agenda section', () => {
    for (const lab of labs) {
      expect(existsSync(path.join(root, 'docs', 'labs', `${lab.id}.mdx`)), `docs/labs/${lab.id}.mdx`).toBe(true);
      expect(
        agenda.filter((section) => section.lab === lab.id),
        `agenda sections of ${lab.id}`,
      ).toHaveLength(1);
    }
  });
});
