/** Checks that each starter is what it claims: it builds, or it carries its marked TODOs. */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {outcomeWord, progress} from './log';
import {buildDockerImage} from './build-images';
import {imageTag, shown, type LabContext} from './context';
import {failed, passed, type CheckOutcome} from './checks/outcome';
import {tail} from './proc';
import type {StarterClaim} from '../../lib/labs/manifest';

/** Lines that mark an exercise gap, in any comment style (`# TODO`, `// TODO`, `<!-- TODO`). */
/** Every starter outcome's name starts with this. */
export const STARTER_PREFIX = 'starter ';

export function countTodos(text: string): number {
  return text.split('\n').filter((line) => /\bTODO\b/.test(line)).length;
}

async function checkClaim(ctx: Omit<LabContext, 'imageTags'>, claim: StarterClaim, index: number): Promise<CheckOutcome> {
  const starterDir = path.join(ctx.labDir, 'starter');
  if (claim.claim === 'todos') {
    const base = {name: `${STARTER_PREFIX}${claim.file} has TODOs`, kind: 'starter' as const};
    const file = path.join(starterDir, claim.file);
    if (!existsSync(file)) return failed(base, 0, `${shown(file)} does not exist`);
    const todos = countTodos(readFileSync(file, 'utf8'));
    if (todos < claim.minTodos) {
      return failed(
        base,
        0,
        `${shown(file)} claims to be an exercise with at least ${claim.minTodos} marked TODO line(s), but has ${todos}`,
      );
    }
    return passed(base, 0);
  }
  const base = {name: `${STARTER_PREFIX}${claim.context} builds`, kind: 'starter' as const};
  const contextDir = path.join(starterDir, claim.context);
  const result = await buildDockerImage(ctx, contextDir, claim.dockerfile, imageTag(ctx.runId, ctx.lab.id, `starter-${index}`));
  if (result.code !== 0) {
    return failed(base, result.seconds, `the starter claims to build, but docker build failed:\n${tail(result.output, 20)}`, {
      reproduce: `docker build ${shown(contextDir)}`,
    });
  }
  return passed(base, result.seconds);
}

export async function checkStarter(ctx: Omit<LabContext, 'imageTags'>): Promise<CheckOutcome[]> {
  const outcomes: CheckOutcome[] = [];
  for (const [index, claim] of ctx.lab.starter.entries()) {
    const outcome = await checkClaim(ctx, claim, index);
    progress(`${ctx.lab.id} › ${outcome.name} … ${outcomeWord(outcome)} (${outcome.seconds}s)`);
    outcomes.push(outcome);
  }
  return outcomes;
}
