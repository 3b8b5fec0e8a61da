/**
 * Lab 05's application, end to end through nginx, with real Postgres, the real lab 04 API and the
 * real front end: the sample CSV, every file of the bad-file corpus, the API and the database
 * going away and coming back, and the data's life across `down`, `up` and `down -v`.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  SAMPLE_SPECIES,
  compose,
  composeDir,
  docker,
  get,
  readSample,
  repoRoot,
  sql,
  storedCounts,
  upAgain,
  upload,
  waitHealthy,
  type Answer,
} from './stack';

const CORPUS = path.join(repoRoot, 'tests', 'fixtures', 'data-app', 'bad-csv');
const HEADER = 'sepal_length,sepal_width,petal_length,petal_width\n';
interface BadCase {
  readonly file: string;
  readonly status: number;
  readonly message: string;
}
const corpus = (JSON.parse(readFileSync(path.join(CORPUS, 'cases.json'), 'utf8')) as {cases: BadCase[]}).cases;

/** Uploads the sample file and returns the id of the stored upload, from the redirect. */
async function uploadSample(): Promise<number> {
  const answer = await upload('flowers.csv', readSample());
  expect(answer.status, answer.text.slice(0, 400)).toBe(303);
  const id = Number(/^\/uploads\/(\d+)$/.exec(answer.location ?? '')?.[1]);
  expect(id).toBeGreaterThan(0);
  return id;
}

function expectRefused(answer: Answer, status: number, message: string): void {
  expect(answer.status, answer.text.slice(0, 400)).toBe(status);
  expect(answer.text).toContain(message);
}

describe('the sample CSV, uploaded through nginx', () => {
  it('gets the right species for every row, shown on its page and stored in Postgres', async () => {
    const before = storedCounts();
    const id = await uploadSample();
    const page = await get(`/uploads/${id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('12 flower(s)');
    const shown = [...page.html.matchAll(/<td>(setosa|versicolor|virginica)<\/td>/g)].map((match) => match[1]);
    expect(shown).toEqual(SAMPLE_SPECIES);
    const stored = sql(`SELECT string_agg(species, ',' ORDER BY source_row) FROM predictions WHERE upload_id = ${id}`);
    expect(stored.split(',')).toEqual(SAMPLE_SPECIES);
    expect(sql(`SELECT model FROM uploads WHERE id = ${id}`)).toBe('iris-model.pkl');
    expect(storedCounts()).toEqual({uploads: before.uploads + 1, predictions: before.predictions + 12});
  });

  it('serves the same predictions as a CSV download', async () => {
    const id = await uploadSample();
    const response = await fetch(`http://127.0.0.1:${process.env.APP_PORT}/uploads/${id}/predictions.csv`);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="flowers-predictions.csv"');
    const lines = (await response.text()).trim().split('\n');
    expect(lines[0]).toBe('row,sepal_length,sepal_width,petal_length,petal_width,species,p_setosa,p_versicolor,p_virginica');
    const input = readSample().toString('utf8').trim().split('\n').slice(1);
    expect(lines.slice(1).map((line) => line.split(',').slice(1, 5).map(Number).join(','))).toEqual(
      input.map((line) => line.split(',').map(Number).join(',')),
    );
    expect(lines.slice(1).map((line) => line.split(',')[5])).toEqual(SAMPLE_SPECIES);
  });
});

describe('bad files: a 4xx, a message naming what is wrong, and nothing written', () => {
  it.each(corpus)('$file is refused with $status', async ({file, status, message}) => {
    const before = storedCounts();
    expectRefused(await upload(file, readFileSync(path.join(CORPUS, file))), status, message);
    expect(storedCounts()).toEqual(before);
  });

  it("a file over 1 MB is stopped by nginx, with the course's own page", async () => {
    const before = storedCounts();
    const big = HEADER + '5.1,3.5,1.4,0.2\n'.repeat(80_000);
    const answer = await upload('big.csv', big);
    expectRefused(answer, 413, 'The file is larger than 1 MB');
    // nginx's page, not the app's own 413 (which says the same first sentence): the app never saw it.
    expect(answer.text).toContain('nginx refused the upload before it reached the app');
    expect(storedCounts()).toEqual(before);
  });

  it('a file under 1 MB with more than 10,000 rows is refused by the app', async () => {
    const before = storedCounts();
    expectRefused(await upload('many.csv', HEADER + '5,3,1,0.2\n'.repeat(10_001)), 413, 'more than 10,000 flower rows');
    expect(storedCounts()).toEqual(before);
  });

  it('a form sent without a file is asked for one', async () => {
    const response = await fetch(`http://127.0.0.1:${process.env.APP_PORT}/uploads`, {method: 'POST', body: new FormData()});
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Choose a CSV file first');
  });

  it('10,000 rows, ten batches of the API, are all stored', async () => {
    const before = storedCounts();
    const answer = await upload('ten-thousand.csv', HEADER + '6.3,3.3,6.0,2.5\n'.repeat(10_000));
    expect(answer.status).toBe(303);
    expect(storedCounts()).toEqual({uploads: before.uploads + 1, predictions: before.predictions + 10_000});
  });
});

describe('the database password', () => {
  const password = /^POSTGRES_PASSWORD=(.+)$/m.exec(readFileSync(path.join(composeDir(), '.env'), 'utf8'))?.[1]?.trim() ?? '';

  it("is in .env only: not in compose.yaml, no container's environment, no image", () => {
    expect(password.length).toBeGreaterThan(8);
    expect(readFileSync(path.join(composeDir(), 'compose.yaml'), 'utf8')).not.toContain(password);
    const project = process.env.COMPOSE_PROJECT_NAME ?? '';
    const containers = compose('ps', '--quiet').trim().split('\n');
    expect(containers).toHaveLength(4);
    for (const id of containers)
      expect(docker('inspect', '--format', '{{json .Config.Env}}', id), `container ${id}`).not.toContain(password);
    const webImage = `${project}-web`;
    expect(docker('image', 'inspect', webImage)).not.toContain(password);
    expect(docker('history', '--no-trunc', webImage)).not.toContain(password);
  });

  it('reaches the front end as a secret file, with which it logs in to Postgres over the network', () => {
    expect(compose('exec', '-T', 'web', 'cat', '/run/secrets/db_password').trim()).toBe(password);
    const login = 'import store; conn = store.connect(); print(conn.execute("SELECT current_user").fetchone()["current_user"])';
    expect(compose('exec', '-T', 'web', 'python', '-c', login).trim()).toBe('iris');
  });
});

describe('when a service behind the front end fails', () => {
  it('the API stopped: a clear 503, nothing written; uploads work again once it is back', async () => {
    compose('stop', 'api');
    try {
      const before = storedCounts();
      expectRefused(await upload('flowers.csv', readSample()), 503, 'The model API is not answering, so nothing was saved');
      expect(storedCounts()).toEqual(before);
    } finally {
      compose('start', 'api');
      await waitHealthy();
    }
    await uploadSample();
  });

  it('the API hanging (paused): the upload gives up with a 503 instead of hanging', async () => {
    compose('pause', 'api');
    try {
      const before = storedCounts();
      expectRefused(await upload('flowers.csv', readSample()), 503, 'The model API is not answering');
      expect(storedCounts()).toEqual(before);
    } finally {
      compose('unpause', 'api');
      // Docker's health checks timed out during the pause: wait for the API to be healthy again.
      await waitHealthy();
    }
    await uploadSample();
  });

  it('the database stopped: a clear 503, and the app works again once it is back', async () => {
    const before = storedCounts();
    compose('stop', 'db');
    try {
      expectRefused(await upload('flowers.csv', readSample()), 503, 'The database is not answering, so nothing was saved');
      expect((await get('/')).status).toBe(503);
      expect((await get('/health')).status).toBe(200);
    } finally {
      compose('start', 'db');
      await waitHealthy();
    }
    expect(storedCounts()).toEqual(before);
    await uploadSample();
  });
});

describe('one transaction per upload', () => {
  it('a database that refuses row 500 of 1,000 mid-insert leaves nothing of the file', async () => {
    // A trigger that fails one insert in the middle of the upload, as a full disk or a broken
    // constraint would: whatever was written before it must be rolled back too.
    sql(`CREATE FUNCTION refuse_row_500() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
           IF NEW.source_row = 501 THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$;
         CREATE TRIGGER refuse_row_500 BEFORE INSERT ON predictions FOR EACH ROW EXECUTE FUNCTION refuse_row_500();`);
    try {
      const before = storedCounts();
      expectRefused(
        await upload('thousand.csv', HEADER + '6.3,3.3,6.0,2.5\n'.repeat(1000)),
        500,
        'The database could not store this file, so nothing of it was saved',
      );
      expect(storedCounts()).toEqual(before);
    } finally {
      sql('DROP TRIGGER refuse_row_500 ON predictions; DROP FUNCTION refuse_row_500();');
    }
    await uploadSample();
  });
});

describe("the data's life", () => {
  it('down then up keeps every stored upload; down --volumes removes them', async () => {
    const before = storedCounts();
    expect(before.uploads).toBeGreaterThan(0);
    const listed = (await get('/uploads')).text;
    compose('down');
    await upAgain();
    expect(storedCounts()).toEqual(before);
    expect((await get('/uploads')).text).toBe(listed);

    compose('down', '--volumes');
    expect(
      docker('volume', 'ls', '--quiet', '--filter', `label=com.docker.compose.project=${process.env.COMPOSE_PROJECT_NAME}`).trim(),
    ).toBe('');
    await upAgain();
    expect(storedCounts()).toEqual({uploads: 0, predictions: 0});
    expect((await get('/uploads')).text).toContain('No uploads yet');
  });
});
