import type {RuleHit, RuleMeta} from '../types.js';
import type {ComposeContext} from './model.js';

export interface ComposeRule extends RuleMeta {
  kind: 'compose';
  check(context: ComposeContext): RuleHit[];
}
