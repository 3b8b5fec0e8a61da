import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {skippedRuleOutcomes} from '../../scripts/lab-checker/checks/lint';
import {lintLabsReport} from '../../scripts/lab-checker/lint/index';

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

describe('docker compose config where Compose is missing', () => {
  const labs = path.join(path.resolve(__dirname, '../..'), 'labs/02-workflows/w3-data-app');

  it('is reported skipped for every Compose file, with the reason, not passed', async () => {
    const why = 'Docker Compose v2 is not available here';
    const {skipped} = await lintLabsReport(labs, {composeConfig: {unavailable: why}});
    const compose = skipped.filter((skip) => skip.ruleId === 'compose-config-valid');
    expect(compose.map((skip) => path.basename(skip.file))).toEqual(['compose.yaml', 'compose.yaml']);
    expect(skippedRuleOutcomes(compose, {})).toEqual([
      {name: 'lint rule compose-config-valid', kind: 'lint', status: 'skip', seconds: 0, reason: `not run on 2 files: ${why}`},
    ]);
    expect(skippedRuleOutcomes(compose, {REQUIRE_DOCKER_COMPOSE: '1'})[0]?.status).toBe('fail');
  });

  it('is not listed where the caller did not ask for it', async () => {
    const {skipped} = await lintLabsReport(labs);
    expect(skipped.filter((skip) => skip.ruleId === 'compose-config-valid')).toEqual([]);
  });
});
