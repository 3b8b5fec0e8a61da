import {describe, expect, it} from 'vitest';
import {skippedRuleOutcomes} from '../../scripts/lab-checker/checks/lint';

const reason = "ShellCheck (`shellcheck`) is not installed on this machine: install Debian's `shellcheck` package";
const skipped = ['labs/x/check.sh', 'labs/x/solution/run.sh'].map((file) => ({file, ruleId: 'script-shellcheck', reason}));

describe('a lint rule that could not run, in the lab report', () => {
  it('is a skipped check with the reason, so the lab says "pass, 1 skipped" and the run lists it', () => {
    expect(skippedRuleOutcomes(skipped, {})).toEqual([
      {name: 'lint rule script-shellcheck', kind: 'lint', status: 'skip', seconds: 0, reason: `not run on 2 files: ${reason}`},
    ]);
    expect(skippedRuleOutcomes([], {})).toEqual([]);
  });

  it('fails instead where REQUIRE_SHELLCHECK=1 (CI), naming the variable', () => {
    const [outcome] = skippedRuleOutcomes(skipped, {REQUIRE_SHELLCHECK: '1'});
    expect(outcome?.status).toBe('fail');
    expect(outcome?.reason).toBe(`REQUIRE_SHELLCHECK=1, but the rule was not run on 2 files: ${reason}`);
  });
});
