/**
 * Talking to a running lab 05 stack, for the suites the lab checker's compose checks run with the
 * stack up: the app's address, `docker compose` on the same project, SQL in the db container.
 * The checker sets COMPOSE_PROJECT_NAME and APP_PORT; DATA_APP_DIR is the folder of compose.yaml.
 */
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

function required(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(
      `${name} is not set: this suite runs inside the lab checker's compose check of lab 05 (npm run labs:check -- 05-data-app).`,
    );
  return value;
}

export const appUrl = (): string => `http://127.0.0.1:${required('APP_PORT')}`;
export const composeDir = (): string => required('DATA_APP_DIR');
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const sampleCsv = path.join(repoRoot, 'labs', '05-data-app', 'solution', 'data', 'flowers.csv');

/** The species of each row of the sample file, in order (the iris data set's own labels). */
export const SAMPLE_SPECIES = [
  ...Array<string>(4).fill('setosa'),
  ...Array<string>(4).fill('versicolor'),
  ...Array<string>(4).fill('virginica'),
] as const;

export function docker(...args: string[]): string {
  return execFileSync('docker', args, {cwd: composeDir(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000});
}

export function compose(...args: string[]): string {
  required('COMPOSE_PROJECT_NAME');
  return docker('compose', ...args);
}

/** One value from psql in the db container (the checker's equivalent of `docker compose exec db psql`). */
export function sql(query: string): string {
  return compose(
    'exec',
    '-T',
    'db',
    'psql',
    '--username',
    'iris',
    '--dbname',
    'iris',
    '--tuples-only',
    '--no-align',
    '--command',
    query,
  ).trim();
}

export function storedCounts(): {uploads: number; predictions: number} {
  const [uploads = 'x', predictions = 'x'] = sql(
    "SELECT (SELECT count(*) FROM uploads) || ',' || (SELECT count(*) FROM predictions)",
  ).split(',');
  return {uploads: Number(uploads), predictions: Number(predictions)};
}

export interface Answer {
  readonly status: number;
  readonly location: string | null;
  /** The page's text, tags removed and entities decoded, as a reader sees it. */
  readonly text: string;
  readonly html: string;
}

export function pageText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&#34;|&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Sends a file as the upload form does (multipart, field "file"); does not follow the redirect. */
export async function upload(name: string, content: Buffer | string): Promise<Answer> {
  const form = new FormData();
  form.append('file', new Blob([typeof content === 'string' ? content : Uint8Array.from(content)], {type: 'text/csv'}), name);
  const response = await fetch(`${appUrl()}/uploads`, {
    method: 'POST',
    body: form,
    redirect: 'manual',
    signal: AbortSignal.timeout(60_000),
  });
  const html = await response.text();
  return {status: response.status, location: response.headers.get('location'), text: pageText(html), html};
}

export async function get(pathname: string): Promise<Answer> {
  const response = await fetch(`${appUrl()}${pathname}`, {redirect: 'manual', signal: AbortSignal.timeout(30_000)});
  const html = await response.text();
  return {status: response.status, location: response.headers.get('location'), text: pageText(html), html};
}

export const readSample = (): Buffer => readFileSync(sampleCsv);

/** Each service's state and health, from `docker compose ps` (one JSON object per line). */
function serviceHealth(): Map<string, string> {
  const lines = compose('ps', '--all', '--format', 'json').trim().split('\n').filter(Boolean);
  const services = lines.map((line) => JSON.parse(line) as {Service: string; State: string; Health: string});
  return new Map(services.map((service) => [service.Service, service.Health || service.State]));
}

/**
 * Waits until every service is healthy again, after a stop, start, pause or unpause. Polling, not
 * `up --wait`: that gives up at once on a service still marked unhealthy from before.
 */
export async function waitHealthy(timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = new Map<string, string>();
  while (Date.now() < deadline) {
    last = serviceHealth();
    if (last.size === 4 && [...last.values()].every((health) => health === 'healthy')) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(
    `the stack did not become healthy in ${timeoutMs / 1000} s: ${[...last].map(([name, health]) => `${name} ${health}`).join(', ')}`,
  );
}

/** `docker compose up` after a `down`: new containers, then every service healthy. */
export async function upAgain(): Promise<void> {
  compose('up', '--detach');
  await waitHealthy();
}
