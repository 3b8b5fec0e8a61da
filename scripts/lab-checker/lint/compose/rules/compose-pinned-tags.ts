import type {RuleHit} from '../../types.js';
import {describePinProblem, pinProblem} from '../../shared/image-ref.js';
import {substituteVariables} from '../../shared/variables.js';
import type {ComposeRule} from '../rule.js';

/**
 * Pulled images must be pinned. A service with `build:` is skipped: its `image:` only
 * names what the build produces (its base is checked by the Dockerfile rules).
 */
export const composePinnedTags: ComposeRule = {
  kind: 'compose',
  id: 'compose-pinned-tags',
  description: 'Every pulled `image:` is pinned by tag (not `latest`) or digest.',
  severity: 'error',
  check({services, variables, lineOf}) {
    const hits: RuleHit[] = [];
    for (const [name, service] of services) {
      if (service.build !== undefined || typeof service.image !== 'string') continue;
      const line = lineOf(['services', name, 'image']);
      const resolved = substituteVariables(service.image, variables);
      if (resolved.unresolved.length > 0) {
        const variable = resolved.unresolved[0] ?? '';
        hits.push({line, message: `image: ${service.image} uses \${${variable}} with no default: write \${${variable}:-<pinned tag>}`});
        continue;
      }
      const problem = pinProblem(resolved.value);
      if (problem) {
        const shown = resolved.value === service.image ? service.image : `${service.image} (= ${resolved.value})`;
        hits.push({line, message: `Service ${name}: ${describePinProblem('image:', resolved.value, problem, shown)}`});
      }
    }
    return hits;
  },
};
