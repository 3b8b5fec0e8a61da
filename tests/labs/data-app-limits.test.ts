/**
 * Lab 05's limits are stated in several files that must agree: nginx's body limit and the front
 * end's, the front end's batch size and the API's largest batch (lab 04), and the page's numbers.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8');
/** A Python constant such as `MAX_ROWS = 10_000` or `MAX_UPLOAD_BYTES = 1024 * 1024`, evaluated. */
function constant(file: string, name: string): number {
  const expression = new RegExp(`^${name} = ([0-9_ *.]+)$`, 'm').exec(read(file))?.[1];
  if (!expression) throw new Error(`${file} has no ${name} = <number>`);
  return expression.split('*').reduce((product, factor) => product * Number(factor.trim().replace(/_/g, '')), 1);
}
const WEB = 'labs/05-data-app/solution/web';

describe('lab 05 limits', () => {
  it('nginx refuses bodies over the same size as the front end', () => {
    const nginx = /client_max_body_size (\d+)m;/.exec(read('labs/05-data-app/solution/nginx/app.conf'))?.[1];
    expect(Number(nginx) * 1024 * 1024).toBe(constant(`${WEB}/app.py`, 'MAX_UPLOAD_BYTES'));
  });

  it('the front end sends batches no larger than the API of lab 04 takes', () => {
    expect(constant(`${WEB}/model_api.py`, 'BATCH_SIZE')).toBeLessThanOrEqual(
      constant('labs/04-rest-api/solution/api_errors.py', 'MAX_BATCH'),
    );
  });

  it('the front end refuses the same implausible measurements as the API of lab 04', () => {
    expect(constant(`${WEB}/upload_csv.py`, 'MAX_CM')).toBe(constant('labs/04-rest-api/solution/api_errors.py', 'MAX_CM'));
  });

  it("the lab page and nginx's error page state the limits the code enforces", () => {
    const rows = constant(`${WEB}/upload_csv.py`, 'MAX_ROWS').toLocaleString('en-US');
    const megabytes = `${constant(`${WEB}/app.py`, 'MAX_UPLOAD_BYTES') / (1024 * 1024)} MB`;
    const page = read('docs/labs/05-data-app.mdx').replace(/\s+/g, ' ');
    expect(page).toContain(`over ${megabytes}`);
    expect(page).toContain(`over ${rows} rows`);
    const tooLarge = read(`${WEB}/static/errors/too-large.html`).replace(/\s+/g, ' ');
    expect(tooLarge).toContain(`larger than ${megabytes}`);
    expect(tooLarge).toContain(`up to ${rows} rows`);
  });
});
