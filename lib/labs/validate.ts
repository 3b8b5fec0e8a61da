/**
 * Rules a manifest must follow beyond its TypeScript type: the type cannot say that a check
 * names an image the lab builds, or that an interactive step has a checked equivalent.
 */
import type {LabCheck, LabManifest, LabStep} from './manifest';

const CHECK_KINDS: ReadonlySet<string> = new Set(['run-output', 'http', 'compose', 'notebook', 'self-check', 'steps']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Interactive commands wait for a keyboard, which CI does not have. */
export function isInteractiveCommand(command: string): boolean {
  return /\s-(it|ti)\b/.test(command) || /\s--interactive\b[\s\S]*\s--tty\b/.test(command);
}

export function needsRegistry(command: string): boolean {
  return /\bdocker\s+(image\s+)?pull\b/.test(command);
}

function stepErrors(steps: readonly LabStep[]): string[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const step of steps) {
    const where = `step "${step.id}"`;
    if (!/^[a-z0-9][a-z0-9-]*$/.test(step.id)) errors.push(`${where}: id must be lowercase letters, digits and dashes`);
    if (seen.has(step.id)) errors.push(`${where}: duplicate step id`);
    seen.add(step.id);
    if (!step.title.trim()) errors.push(`${where}: title is empty`);
    if (!step.command.trim()) errors.push(`${where}: command is empty`);
    if (step.linuxOtherUser !== undefined && !step.mountsFolder)
      errors.push(`${where}: \`linuxOtherUser\` is only for \`mountsFolder\` steps`);
    if (step.linux !== undefined && step.run !== false)
      errors.push(`${where}: \`linux\` is only for \`run: false\` steps: the checker runs \`command\`, never this variant`);
    if (step.expect !== undefined && !step.expect.trim())
      errors.push(`${where}: \`expect\` is blank, so it matches any output; leave it out or say what the output holds`);
    if (step.run === false) {
      if (!step.notRunBecause?.trim())
        errors.push(`${where}: a \`run: false\` step needs \`notRunBecause\`: why CI does not run it, and what proves it instead`);
      continue;
    }
    if (isInteractiveCommand(step.command) && !step.check) {
      errors.push(`${where}: the command is interactive; add a non-interactive \`check\` command for CI`);
    }
    if (needsRegistry(step.command) && !step.offlineCheck) {
      errors.push(`${where}: the command pulls from a registry; add an \`offlineCheck\` for the stand-in world`);
    }
    if (step.check && isInteractiveCommand(step.check)) errors.push(`${where}: \`check\` must not be interactive`);
    if (step.retryFor !== undefined) {
      if (!Number.isInteger(step.retryFor) || step.retryFor < 1 || step.retryFor > 300)
        errors.push(`${where}: \`retryFor\` is a whole number of tries, a second apart: 1 to 300`);
      if (!step.expect) errors.push(`${where}: \`retryFor\` needs \`expect\`: the output the step waits for`);
      if (step.check || step.offlineCheck)
        errors.push(`${where}: \`retryFor\` repeats the step's own command, so it cannot have a \`check\` or \`offlineCheck\``);
    }
  }
  return errors;
}

function checkErrors(checks: readonly LabCheck[], imageNames: ReadonlySet<string>, hasSteps: boolean): string[] {
  const errors: string[] = [];
  const names = new Set<string>();
  for (const check of checks) {
    const where = `check "${check.name}"`;
    if (!CHECK_KINDS.has(check.kind)) {
      errors.push(`${where}: unknown kind "${String(check.kind)}"`);
      continue;
    }
    if (names.has(check.name)) errors.push(`${where}: duplicate check name`);
    names.add(check.name);
    if ('image' in check && !imageNames.has(check.image)) {
      errors.push(`${where}: image "${check.image}" is not one of the lab's images (${[...imageNames].join(', ') || 'none'})`);
    }
    if (check.kind === 'run-output' && check.expectOutput.length === 0) {
      errors.push(`${where}: expectOutput is empty, so the check could never fail`);
    }
    const expectations = [
      ...(check.kind === 'run-output' || check.kind === 'self-check' ? (check.expectOutput ?? []) : []),
      ...(check.kind === 'self-check' ? (check.mustFailWith ?? []).map((failure) => failure.expectOutput) : []),
    ];
    // Every output contains the empty string: such an expectation could never fail.
    if (expectations.some((text) => !text.trim())) errors.push(`${where}: an expected output is blank, so it matches anything`);
    if (check.kind === 'http' && check.requests.length === 0) errors.push(`${where}: no requests`);
    if (check.kind === 'http') {
      // A status alone passes a server's default HTML error page: an error must prove its JSON.
      for (const request of check.requests) {
        if (request.refusedByServer !== undefined) {
          if (!request.refusedByServer.trim())
            errors.push(`${where}: ${request.method} ${request.path.slice(0, 60)}: refusedByServer must say why the server refuses it`);
          if (request.expectStatus < 400 || request.expectStatus > 499)
            errors.push(
              `${where}: ${request.method} ${request.path.slice(0, 60)}: a server refuses with a 4xx, not ${request.expectStatus}`,
            );
          if (request.expectJson || request.expectJsonIncludes)
            errors.push(
              `${where}: ${request.method} ${request.path.slice(0, 60)}: a server's own refusal is not JSON; drop expectJson or refusedByServer`,
            );
        } else if (request.expectStatus >= 400 && !request.expectJson && !request.expectJsonIncludes) {
          errors.push(
            `${where}: ${request.method} ${request.path.slice(0, 60)} expects ${request.expectStatus} but no JSON (expectJson or expectJsonIncludes)`,
          );
        }
      }
    }
    if (check.kind === 'compose' && check.scripts.length === 0) errors.push(`${where}: no scripts`);
    if (check.kind === 'steps' && !hasSteps) errors.push(`${where}: the lab has no steps`);
  }
  return errors;
}

/** Returns every problem found; an empty list means the manifest is usable. */
export function validateLab(value: unknown, folderId: string): string[] {
  if (!isRecord(value)) return [`lab.ts of "${folderId}" must \`export default defineLab({...})\``];
  const lab = value as unknown as LabManifest;
  const errors: string[] = [];
  if (lab.id !== folderId) errors.push(`id "${String(lab.id)}" must equal the folder name "${folderId}"`);
  if (typeof lab.title !== 'string' || !lab.title.trim()) errors.push('title is missing');
  if (!Array.isArray(lab.images)) errors.push('images must be a list');
  if (!Array.isArray(lab.starter)) errors.push('starter must be a list');
  if (!Array.isArray(lab.checks) || lab.checks.length === 0) errors.push('checks must be a non-empty list');
  if (errors.length > 0) return errors;

  const imageNames = new Set<string>();
  for (const image of lab.images) {
    if (!/^[a-z0-9][a-z0-9._-]*$/.test(image.name)) errors.push(`image "${image.name}": name must be lowercase`);
    if (imageNames.has(image.name)) errors.push(`image "${image.name}": duplicate name`);
    imageNames.add(image.name);
  }
  for (const claim of lab.starter) {
    if (claim.claim === 'todos' && claim.minTodos < 1) errors.push(`starter ${claim.file}: minTodos must be at least 1`);
  }
  const steps = lab.steps ?? [];
  errors.push(...stepErrors(steps));
  errors.push(...checkErrors(lab.checks, imageNames, steps.length > 0));
  if (steps.length > 0 && !lab.checks.some((check) => check.kind === 'steps')) {
    errors.push('the lab has steps but no `steps` check, so its commands would go unproven');
  }
  return errors;
}
