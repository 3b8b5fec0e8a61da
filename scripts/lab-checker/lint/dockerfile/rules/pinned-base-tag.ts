import type {RuleHit} from '../../types.js';
import {describePinProblem, pinProblem} from '../../shared/image-ref.js';
import {lineOf, resolveFromImage} from '../model.js';
import type {DockerfileRule} from '../rule.js';

/** Base images must name a fixed tag or digest, so a rebuild next month gets the same base. */
export const pinnedBaseTag: DockerfileRule = {
  kind: 'dockerfile',
  id: 'pinned-base-tag',
  description: 'Every FROM pins its base image by tag (not `latest`) or digest.',
  severity: 'error',
  check({stages, globalArgs}) {
    const hits: RuleHit[] = [];
    const earlierStages = new Set<string>();
    for (const {from, name} of stages) {
      const written = from.getArguments()[0]?.getValue() ?? '';
      const resolved = resolveFromImage(from, globalArgs);
      const image = resolved.value;
      if (resolved.unresolved.length > 0) {
        const variable = resolved.unresolved[0] ?? '';
        hits.push({
          line: lineOf(from),
          message: `FROM ${written} uses $${variable}, which has no default: declare it before FROM with a pinned default, e.g. ARG ${variable}=<version>`,
        });
      } else if (image !== 'scratch' && !earlierStages.has(image.toLowerCase())) {
        const problem = pinProblem(image);
        if (problem) {
          const shown = image === written ? image : `${written} (= ${image})`;
          hits.push({line: lineOf(from), message: describePinProblem('FROM', image, problem, shown)});
        }
      }
      if (name) earlierStages.add(name);
    }
    return hits;
  },
};
