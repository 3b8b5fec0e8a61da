import type {RuleHit, RuleMeta} from '../types.js';
import type {DockerfileContext} from './model.js';

export interface DockerfileRule extends RuleMeta {
  kind: 'dockerfile';
  check(context: DockerfileContext): RuleHit[];
}
