/** Breakages of lab 05 (the Compose application: nginx, the front end, the API, Postgres) that the checker must catch. */
import {defineMutants, type Mutant} from '../../scripts/lab-checker/mutants/mutant';

const COMPOSE = 'solution/compose.yaml';
const LINT = 'lab material follows the course conventions';
/** The db service's healthcheck, as compose.yaml has it. */
const DB_HEALTHCHECK = [
  '    healthcheck:\n',
  '      # --host 127.0.0.1: during its first start Postgres runs the init script on a server that\n',
  '      # listens on no TCP address, so this only succeeds once the tables exist.\n',
  '      test: ["CMD", "pg_isready", "--host", "127.0.0.1", "--username", "${POSTGRES_USER:-iris}", "--dbname", "${POSTGRES_DB:-iris}"]\n',
  '      interval: 5s\n',
  '      timeout: 3s\n',
  '      retries: 10\n',
  '      start_period: 30s\n',
  '      start_interval: 1s\n',
].join('');
const STACK = 'the stack through nginx: browser, bad files, failures, persistence';
const NGINX = 'solution/nginx/app.conf';
const CSV = 'solution/web/upload_csv.py';
const APP = 'solution/web/app.py';

/**
 * A mutant the stack's own tests must kill: only the tests whose names match `tests` run, and the
 * failing one must be named `failing`.
 */
function stackMutant(id: string, breaks: string, edits: Mutant['edits'], tests: string, failing: string | readonly string[]): Mutant {
  return {id, breaks, edits, env: {DATA_APP_TESTS: tests}, kills: {[STACK]: failing}};
}

export default defineMutants({
  lab: '05-data-app',
  gatesWithoutMutant: {
    'The upload did not get an answer':
      "nginx's healthcheck goes through to the front end, so a stack that cannot answer an upload stops `up --wait` first (proven by nginx-wrong-upstream)",
    'Postgres holds':
      'the result page counts the rows stored in Postgres, so rows that are not stored fail the page gate first (proven by last-row-dropped)',
    'A broken file changed the database':
      'the front end reads and checks the whole file before it opens a transaction, and stores an upload in one transaction; the stack tests prove the second with a database that refuses a row mid-insert (rows-outside-transaction)',
  },
  mutants: [
    {
      id: 'db-healthcheck-removed',
      breaks: 'Postgres has no healthcheck, so web cannot wait until it is ready',
      edits: [{file: COMPOSE, replace: DB_HEALTHCHECK, with: ''}],
      kills: {[LINT]: 'db has no healthcheck, but web depends on it'},
    },
    {
      id: 'depends-on-condition-removed',
      breaks: 'web depends on the API and Postgres without waiting for them to be healthy',
      edits: [
        {
          file: COMPOSE,
          replace: '    depends_on:\n      api:\n        condition: service_healthy\n      db:\n        condition: service_healthy\n',
          with: '    depends_on: [api, db]\n',
        },
      ],
      kills: {[LINT]: 'compose-wait-for-healthy'},
    },
    {
      id: 'nginx-wrong-upstream',
      breaks: 'nginx passes requests to a port web does not listen on',
      edits: [{file: 'solution/nginx/app.conf', replace: 'proxy_pass http://web:8000;', with: 'proxy_pass http://web:5000;'}],
      // nginx's healthcheck goes through to web, so the stack never gets healthy.
      kills: {
        'step up': 'container iris-app-nginx-1 is unhealthy',
        'self-check script': 'docker compose up --wait did not get every service healthy',
      },
    },
    {
      id: 'rows-outside-transaction',
      breaks: 'every row is committed on its own, so a failing upload leaves part of the file',
      edits: [
        {
          file: 'solution/web/store.py',
          replace: '        with connect() as conn:  # commits when the block ends, rolls back on any error\n',
          with: '        with connect() as conn:  # commits when the block ends, rolls back on any error\n            conn.autocommit = True\n',
        },
      ],
      env: {DATA_APP_TESTS: 'refuses row 500'},
      kills: {[STACK]: 'a database that refuses row 500 of 1,000 mid-insert leaves nothing of the file'},
    },
    {
      id: 'last-row-dropped',
      breaks: 'an off-by-one stores every row of a file but the last',
      edits: [
        {file: 'solution/web/store.py', replace: '[(upload_id, *row) for row in rows]', with: '[(upload_id, *row) for row in rows[:-1]]'},
      ],
      kills: {'self-check script': 'The result page lacks "virginica: <strong>4</strong>"'},
    },
    {
      id: 'csv-problem-answered-200',
      breaks: 'a refused CSV file shows its problems, but with status 200, as if all went well',
      edits: [
        {
          file: 'solution/web/app.py',
          replace: 'return form_with_problems(problem.problems, problem.status, filename)',
          with: 'return form_with_problems(problem.problems, 200, filename)',
        },
      ],
      kills: {'self-check script': 'A broken file got status 200, expected 400.'},
    },
    {
      id: 'password-in-compose',
      breaks: 'the database password is written into compose.yaml',
      edits: [
        {
          file: COMPOSE,
          replace: '    image: postgres:17-trixie\n    environment:\n',
          with: '    image: postgres:17-trixie\n    environment:\n      POSTGRES_PASSWORD: change-me\n',
        },
      ],
      kills: {[LINT]: 'compose-no-inline-secret'},
    },
    {
      id: 'volume-removed',
      breaks: 'Postgres keeps its files in the container, so the uploads are lost on down/up',
      edits: [{file: COMPOSE, deleteLines: /^ {6}- db-data:\/var\/lib\/postgresql\/data$/}],
      kills: {'step still-there': 'printed no "flowers.csv"'},
    },
    {
      id: 'port-on-every-interface',
      breaks: "nginx's port is published on every network interface, so the room can open the app",
      edits: [{file: COMPOSE, replace: '- "127.0.0.1:${APP_PORT:-8088}:80"', with: '- "${APP_PORT:-8088}:80"'}],
      kills: {[LINT]: 'compose-ports-on-loopback', 'self-check script': 'A port is published on every network interface.'},
    },
    {
      id: 'compose-key-misspelled',
      breaks: 'a key of compose.yaml is misspelled, so Compose refuses the file',
      edits: [{file: COMPOSE, replace: '    networks: [frontend]\n    depends_on:', with: '    networkz: [frontend]\n    depends_on:'}],
      kills: {[LINT]: 'compose-config-valid', 'self-check script': 'docker compose config refuses compose.yaml'},
    },
    {
      id: 'web-user-removed',
      breaks: "the front end's Dockerfile has no USER, so it runs as root",
      edits: [{file: 'solution/web/Dockerfile', deleteLines: /^USER web$/}],
      kills: {[LINT]: 'non-root-user', 'the front end runs as a non-root user': 'expected the output to contain "1000"'},
    },
    {
      id: 'plausible-rule-removed',
      breaks: 'the front end accepts any positive or negative length',
      edits: [{file: 'solution/web/upload_csv.py', replace: '    if not 0 < number <= MAX_CM:', with: '    if False:'}],
      kills: {"the front end's tests pass in its image": 'failed'},
    },
    {
      id: 'self-check-placeholder-gate-passes',
      breaks: "the self-check's placeholder gate always passes",
      edits: [{file: 'check.sh', replace: 'if grep -q \'your-lab-04-image:TODO\' "$folder/compose.yaml"; then', with: 'if false; then'}],
      kills: {'self-check script': 'failed, but not with "compose.yaml still runs the placeholder image of the api service."'},
    },
    stackMutant(
      'nginx-limit-raised',
      'nginx lets files of up to 10 MB through, so the app, not nginx, is what refuses a large file',
      [{file: NGINX, replace: 'client_max_body_size 1m;', with: 'client_max_body_size 10m;'}],
      'stopped by nginx',
      "a file over 1 MB is stopped by nginx, with the course's own page",
    ),
    stackMutant(
      'nginx-413-page-removed',
      "nginx answers a file over 1 MB with its own bare 413 page instead of the course's",
      [{file: NGINX, deleteLines: /^ {4}error_page 413 /}],
      'stopped by nginx',
      "a file over 1 MB is stopped by nginx, with the course's own page",
    ),
    stackMutant(
      'row-limit-removed',
      'a file of any number of rows is predicted and stored: no limit of 10,000',
      [{file: CSV, deleteLines: /^ {12}if len\(flowers\) >= MAX_ROWS:$|^ {16}raise CsvProblem\(\[f"The file has more than /}],
      'more than 10,000 rows',
      'a file under 1 MB with more than 10,000 rows is refused by the app',
    ),
    stackMutant(
      'csv-non-finite-accepted',
      'the rule for NaN and infinity is gone, so they fall through to the plausibility rule with a misleading message',
      [{file: CSV, deleteLines: /^ {4}if not math\.isfinite\(number\):$|is not a finite number\."$/}],
      'nan\\.csv|infinity\\.csv',
      "'nan.csv' is refused with 400",
    ),
    stackMutant(
      'csv-header-unchecked',
      'a column the model does not know is not refused, so a species column is read as a measurement',
      [{file: CSV, deleteLines: /^ {8}elif name not in FEATURES:$|^ {12}problems\.append\(f"Row 1: unknown column /}],
      'extra-column\\.csv',
      "'extra-column.csv' is refused with 400",
    ),
    stackMutant(
      'csv-missing-column-unchecked',
      'a header with too few columns is not refused, so the app fails on the missing measurement',
      [
        {
          file: CSV,
          deleteLines:
            /^ {4}for name in FEATURES:$|^ {8}if name not in names:$|^ {12}problems\.append\(f"Row 1: the column \{name\} is missing\."\)$/,
        },
      ],
      'missing-column\\.csv',
      "'missing-column.csv' is refused with 400",
    ),
    stackMutant(
      'csv-encoding-unchecked',
      'a file that is not UTF-8 is read with replacement characters instead of being refused',
      [{file: CSV, replace: 'return data.decode("utf-8-sig")', with: 'return data.decode("utf-8-sig", errors="replace")'}],
      'latin1\\.csv',
      "'latin1.csv' is refused with 400",
    ),
    stackMutant(
      'csv-ragged-row-unchecked',
      'a row with fewer or more values than the header is not refused',
      [
        {
          file: CSV,
          deleteLines: /^ {12}if len\(cells\) != len\(columns\):$|^ {16}add\(f"Row \{row\} has \{len\(cells\)\} values|^ {16}continue$/,
        },
      ],
      'ragged-',
      ["'ragged-short.csv' is refused with 400", "'ragged-trailing-comma.csv' is refused with 400"],
    ),
    stackMutant(
      'csv-blank-cell-unnamed',
      'an empty cell gets the generic "is not a number" message instead of saying it is empty',
      [{file: CSV, deleteLines: /^ {4}if not value:$|^ {8}return None, f"\{where\}: the value is empty\."$/}],
      'blank-in-number\\.csv',
      "'blank-in-number.csv' is refused with 400",
    ),
    stackMutant(
      'api-down-answered-500',
      'an upload while the model API is down gets a 500, as if the app itself broke',
      [
        {
          file: APP,
          replace: '"(docker compose ps shows whether the api service is healthy)."], 503, filename)',
          with: '"(docker compose ps shows whether the api service is healthy)."], 500, filename)',
        },
      ],
      'the API stopped',
      'the API stopped: a clear 503',
    ),
    stackMutant(
      'db-down-answered-500',
      'an upload while the database is down gets a 500, as if the app itself broke',
      [
        {
          file: APP,
          replace: '["The database is not answering, so nothing was saved. Upload the file again in a minute."], 503, filename)',
          with: '["The database is not answering, so nothing was saved. Upload the file again in a minute."], 500, filename)',
        },
      ],
      'the database stopped',
      'the database stopped: a clear 503',
    ),
    stackMutant(
      'api-timeout-removed',
      'the front end waits for the API without a timeout, so an API that hangs hangs every upload',
      [{file: 'solution/web/model_api.py', replace: 'TIMEOUT = (3, 20)', with: 'TIMEOUT = None'}],
      'the API hanging',
      'the API hanging (paused): the upload gives up with a 503 instead of hanging',
    ),
    stackMutant(
      'password-in-environment',
      'the front end also gets the password as an environment variable from .env, so docker inspect shows it',
      [
        {
          file: COMPOSE,
          replace:
            '      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n    secrets: [db_password]\n    networks: [frontend, backend]\n',
          with: '      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n    secrets: [db_password]\n    networks: [frontend, backend]\n',
        },
      ],
      'is in .env only',
      "is in .env only: not in compose.yaml, no container's environment, no image",
    ),
  ],
});
