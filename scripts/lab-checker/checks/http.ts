/** Start a lab image with a published port; HTTP requests must get the expected status and JSON. */
import {run} from '../proc';
import {RUN_LABEL, runName, type LabContext} from '../context';
import type {HttpCheck, HttpExpectation} from '../../../lib/labs/manifest';
import {failed, passed, type CheckOutcome} from './outcome';
import {reproduceRun} from './run-output';
import {handedOver} from '../handoff';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `actual` has what `expected` has: objects at least the expected fields (extra fields are fine),
 * lists exactly as many items, in order, each matching; anything else deeply equal.
 */
function jsonMatches(actual: unknown, expected: unknown, where: string): string | undefined {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      return `expected ${where} to be a list of ${expected.length}, got ${JSON.stringify(actual)?.slice(0, 300)}`;
    }
    for (const [index, item] of expected.entries()) {
      const mismatch = jsonMatches(actual[index], item, `${where}[${index}]`);
      if (mismatch) return mismatch;
    }
    return undefined;
  }
  if (isPlainObject(expected)) {
    if (!isPlainObject(actual)) return `expected ${where} to be a JSON object, got ${JSON.stringify(actual)?.slice(0, 300)}`;
    for (const [key, value] of Object.entries(expected)) {
      const mismatch = jsonMatches(actual[key], value, where ? `${where}.${key}` : `"${key}"`);
      if (mismatch) return mismatch;
    }
    return undefined;
  }
  return JSON.stringify(actual) === JSON.stringify(expected)
    ? undefined
    : `expected ${where} to be ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
}

/** Every expected field must be present with a matching value (see jsonMatches); extra fields are fine. */
export function jsonContains(actual: unknown, expected: Readonly<Record<string, unknown>>): string | undefined {
  if (!isPlainObject(actual)) return `expected a JSON object, got ${JSON.stringify(actual)}`;
  return jsonMatches(actual, expected, '');
}

/** Each named field is a string holding the text: an error message that names the problem. */
export function jsonIncludes(actual: unknown, expected: Readonly<Record<string, string>>): string | undefined {
  if (!isPlainObject(actual)) return `expected a JSON object, got ${JSON.stringify(actual)}`;
  for (const [key, text] of Object.entries(expected)) {
    const value = actual[key];
    if (typeof value !== 'string' || !value.includes(text))
      return `expected "${key}" to contain ${JSON.stringify(text)}, got ${JSON.stringify(value)}`;
  }
  return undefined;
}

/**
 * fetch with a timeout on a ref'd timer: AbortSignal.timeout's timer is unref'd, and a fetch
 * hanging on a half-open socket then leaves Node nothing to wait for, so it silently exits.
 */
async function fetchWithTimeout(url: string, init: RequestInit, ms: number): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`no answer within ${ms / 1000}s`)), ms);
  try {
    return await fetch(url, {...init, signal: controller.signal});
  } finally {
    clearTimeout(timer);
  }
}

export function requestInit(expectation: HttpExpectation): RequestInit {
  const init: RequestInit = {method: expectation.method};
  const headers: Record<string, string> = {};
  if (expectation.json !== undefined) {
    init.body = JSON.stringify(expectation.json);
    headers['content-type'] = 'application/json';
  } else if (expectation.body !== undefined) {
    init.body = expectation.body;
  }
  Object.assign(headers, expectation.headers);
  if (Object.keys(headers).length > 0) init.headers = headers;
  return init;
}

async function request(baseUrl: string, expectation: HttpExpectation): Promise<string | undefined> {
  const init = requestInit(expectation);
  const where = `${expectation.method} ${expectation.path}`;
  let response: Response;
  try {
    response = await fetchWithTimeout(`${baseUrl}${expectation.path}`, init, 30_000);
  } catch (error) {
    return `${where}: no answer (${error instanceof Error ? error.message : String(error)})`;
  }
  let body: string;
  try {
    body = await response.text();
  } catch (error) {
    return `${where}: the answer broke off (${error instanceof Error ? error.message : String(error)})`;
  }
  const problem = answerProblem(expectation, response.status, body);
  return problem ? `${where}: ${problem}` : undefined;
}

function isJson(body: string): boolean {
  try {
    JSON.parse(body);
    return true;
  } catch {
    return false;
  }
}

/** What is wrong with an answer (its status and body) to `expectation`, if anything. */
export function answerProblem(expectation: HttpExpectation, status: number, body: string): string | undefined {
  if (status !== expectation.expectStatus) return `expected status ${expectation.expectStatus}, got ${status}: ${body.slice(0, 300)}`;
  if (expectation.refusedByServer !== undefined) {
    // The status alone would also pass the app's own JSON error: the body tells who refused.
    return isJson(body)
      ? `expected the server's own refusal (${expectation.refusedByServer}), but the app answered: ${body.slice(0, 300)}`
      : undefined;
  }
  if (!expectation.expectJson && !expectation.expectJsonIncludes) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return `expected a JSON body, got: ${body.slice(0, 300)}`;
  }
  return (
    (expectation.expectJson && jsonContains(json, expectation.expectJson)) ||
    (expectation.expectJsonIncludes && jsonIncludes(json, expectation.expectJsonIncludes)) ||
    undefined
  );
}

async function waitUntilReady(ctx: LabContext, name: string, url: string, seconds: number): Promise<string | undefined> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    const state = await run(ctx.docker, ['inspect', '--format', '{{.State.Running}}', name], {env: ctx.env});
    if (state.stdout.trim() !== 'true') return 'the container stopped before it answered';
    try {
      const response = await fetchWithTimeout(url, {}, 5000);
      if (response.status < 500) return undefined;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return `nothing answered on ${url} within ${seconds}s`;
}

export async function httpCheck(ctx: LabContext, check: HttpCheck): Promise<CheckOutcome> {
  const base = {name: check.name, kind: check.kind};
  const started = Date.now();
  const seconds = (): number => Math.round((Date.now() - started) / 100) / 10;
  const tag = ctx.imageTags.get(check.image);
  if (!tag) return failed(base, 0, `image "${check.image}" did not build, so it cannot run`);
  const name = runName(ctx, check.name);
  const envArgs = Object.entries(check.env ?? {}).flatMap(([key, value]) => ['-e', `${key}=${value}`]);
  let mountArgs: string[] = [];
  if (check.mountHandoff) {
    const {lab, path: handed, at, hides} = check.mountHandoff;
    const folder = handedOver(ctx.runId, lab, handed);
    // Not this lab's fault: the lab that hands it over was not run, or failed (and says so itself).
    if (!folder)
      return {
        ...base,
        status: 'skip',
        seconds: 0,
        reason: `lab ${lab} handed over no ${handed} in this run; check both labs together: npm run labs:check -- ${lab} ${ctx.lab.id}`,
      };
    mountArgs = ['--volume', `${folder}:${at}:ro`, ...(hides ? ['--tmpfs', hides] : [])];
  }
  const reproduce = reproduceRun(ctx, check.image, ['-p', `8080:${check.containerPort}`, ...envArgs, check.image]);
  // Host port chosen by Docker on loopback: no clash with anything the machine runs.
  const launch = await run(
    ctx.docker,
    [
      'run',
      '-d',
      '--name',
      name,
      '--label',
      `${RUN_LABEL}=${ctx.runId}`,
      '-p',
      `127.0.0.1::${check.containerPort}`,
      ...envArgs,
      ...mountArgs,
      tag,
    ],
    {env: ctx.env, timeoutSeconds: 60},
  );
  if (launch.code !== 0) return failed(base, seconds(), `docker run failed: ${launch.output.trim()}`, {reproduce});
  try {
    const port = await run(ctx.docker, ['port', name, `${check.containerPort}/tcp`], {env: ctx.env});
    const hostPort = /:(\d+)\s*$/m.exec(port.stdout.trim())?.[1];
    if (!hostPort) {
      // A container that already exited has no ports: say that, with what it printed.
      const logs = await run(ctx.docker, ['logs', name], {env: ctx.env});
      const exited = (await run(ctx.docker, ['inspect', '--format', '{{.State.Running}}', name], {env: ctx.env})).stdout.trim() !== 'true';
      const reason = exited
        ? 'the container stopped before it answered'
        : `no published port for ${check.containerPort}/tcp: ${port.output.trim()}`;
      return failed(base, seconds(), reason, {logs: logs.output, reproduce});
    }
    const baseUrl = `http://127.0.0.1:${hostPort}`;
    const notReady = await waitUntilReady(ctx, name, `${baseUrl}${check.readyPath}`, check.timeoutSeconds ?? 60);
    const problems = notReady ? [notReady] : [];
    if (!notReady) {
      for (const expectation of check.requests) {
        const problem = await request(baseUrl, expectation);
        if (problem) problems.push(problem);
      }
    }
    if (problems.length === 0) return passed(base, seconds());
    const logs = await run(ctx.docker, ['logs', name], {env: ctx.env});
    return failed(base, seconds(), problems.join('\n'), {logs: logs.output, reproduce});
  } finally {
    await run(ctx.docker, ['rm', '-f', name], {env: ctx.env});
  }
}
