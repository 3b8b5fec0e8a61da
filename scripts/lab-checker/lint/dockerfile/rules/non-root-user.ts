import type {RuleHit} from '../../types.js';
import {substituteVariables} from '../../shared/variables.js';
import {environmentAt, lineOf, stageChain} from '../model.js';
import type {DockerfileRule} from '../rule.js';

/**
 * Labs build long-running services (Jupyter, APIs), so the final image must not run as
 * root. A Dockerfile that is really a one-shot tool opts out with
 * `# lint-ignore non-root-user: <reason>` above its final FROM (or `lint-ignore-file`).
 */
export const nonRootUser: DockerfileRule = {
  kind: 'dockerfile',
  id: 'non-root-user',
  description: 'The final stage switches to a non-root USER (its last USER is not root/0).',
  severity: 'error',
  check({stages}) {
    const final = stages.at(-1);
    if (!final) return [];
    const hits: RuleHit[] = [];
    // The last USER wins; a stage built FROM an earlier stage inherits that stage's USER.
    const lastUser = stageChain(final)
      .map((stage) => stage.instructions.filter((i) => i.getKeyword() === 'USER').at(-1))
      .find((user) => user !== undefined);
    if (!lastUser) {
      hits.push({
        line: lineOf(final.from),
        message:
          'The final image runs as root: create a user and switch to it at the end, e.g. RUN useradd --create-home --uid 1000 app and USER app',
      });
      return hits;
    }
    const written = (lastUser.getArgumentsContent() ?? '').trim();
    const env = environmentAt(final, lineOf(lastUser));
    const resolved = substituteVariables(written, (name) => env.get(name));
    // An unresolvable variable could be anything: give it the benefit of the doubt.
    const user = resolved.unresolved.length > 0 ? '' : (resolved.value.split(':')[0] ?? '');
    if (user === 'root' || user === '0') {
      hits.push({
        line: lineOf(lastUser),
        message: `USER ${written} makes the container run as root: end with a non-root user, e.g. USER app (after RUN useradd --create-home --uid 1000 app)`,
      });
    }
    return hits;
  },
};
