/**
 * Lab 05: the data application. The lab page renders these steps; the lab checker runs them, in
 * order, in a copy of `solution/`, so every command shown is one that CI ran. The stack's deeper
 * proofs (every bad file, the API or the database down, a browser driving the front end) are the
 * compose checks' scripts: tests/data-app/.
 */
import {defineLab, enterFolderStep, selfCheckScripts, selfCheckStep} from '../../lib/labs/manifest';
import {registeredLab} from '../registry';

/** The stack the steps start: Compose names everything after the project (`name:` in compose.yaml). */
const PROJECT = 'iris-app';
const COUNT_BY_SPECIES = 'SELECT species, count(*) FROM predictions GROUP BY species ORDER BY species';
/**
 * The drivers of the stack, run by the compose checks with the stack up (see tests/data-app/).
 * DATA_APP_TESTS, when set, runs only the tests whose names match it: the mutation suite uses it
 * to run the one test a mutant can break.
 */
const STACK_SUITES = [
  'DATA_APP_DIR="$PWD" "$REPO_ROOT/node_modules/.bin/playwright" test --config "$REPO_ROOT/tests/data-app/playwright.config.ts" ${DATA_APP_TESTS:+--grep "$DATA_APP_TESTS" --pass-with-no-tests}',
  'DATA_APP_DIR="$PWD" "$REPO_ROOT/node_modules/.bin/vitest" run --root "$REPO_ROOT" --config tests/data-app/vitest.config.mts ${DATA_APP_TESTS:+--testNamePattern "$DATA_APP_TESTS" --passWithNoTests}',
];

export default defineLab({
  ...registeredLab('05-data-app'),
  images: [{name: 'web', context: 'web'}],
  starter: [{claim: 'todos', file: 'compose.yaml', minTodos: 3}],
  imagesFromLabs: [{ref: 'iris-api:1.0', lab: '04-rest-api', image: 'api'}],
  resources: {
    containers: ['nginx', 'web', 'api', 'db'].map((service) => `${PROJECT}-${service}-1`),
    images: [`${PROJECT}-web`],
    volumes: [`${PROJECT}_db-data`],
    networks: [`${PROJECT}_frontend`, `${PROJECT}_backend`],
  },
  steps: [
    enterFolderStep('05-data-app/starter'),
    {
      id: 'env',
      title: 'Make your .env file',
      explain:
        'Compose reads `.env` next to `compose.yaml`. It holds the database password, which must never be written into `compose.yaml` or an image; `.gitignore` keeps it out of Git. Change the password in it before the first start.',
      command: 'cp .env.example .env',
      powershell: 'Copy-Item .env.example .env',
    },
    {
      id: 'api-image',
      title: 'Find your API image',
      explain:
        'The image you built in lab 04. If the list is empty, build it first: `docker build -t iris-api:1.0 .` in `labs/04-rest-api/starter`.',
      command: 'docker image ls iris-api',
      expect: 'iris-api',
    },
    {
      id: 'config',
      title: 'Plug your API in, and let Compose check the file',
      explain:
        'Open `compose.yaml` in your text editor and do its three `TODO`s, in the `api` service: your image by name and tag, the `backend` network, and a restart policy. Save it, then ask Compose to read it: `docker compose config` prints the file as Compose understands it, with the values from `.env` filled in (so it shows the password: do not paste its output anywhere). `--quiet` prints nothing when the file is right, and the mistake when it is not.',
      command: 'docker compose config --quiet',
    },
    {
      id: 'up',
      title: 'Start the application',
      explain:
        "`--build` builds the front end's image, `--wait` returns once every service is healthy. Postgres and the API start together (neither depends on the other); web waits until both are healthy, nginx until web is.",
      command: 'docker compose up --build --wait',
      expect: 'Healthy',
      // Each container's health; Compose starts them in parallel, so their order varies.
      box: {linesWith: ['Healthy'], sorted: true},
    },
    {
      id: 'ps',
      title: 'See what runs',
      explain: 'Four containers, each *healthy*. Only nginx has a port on your computer: `127.0.0.1:8088->80/tcp`.',
      command: 'docker compose ps',
      expect: '127.0.0.1:8088->80/tcp',
      optional: true,
    },
    {
      id: 'open',
      title: 'Open it in your browser',
      explain:
        'Go to <http://localhost:8088>, choose `data/flowers.csv` and press **Upload and predict**: a table of twelve flowers with their species, and a download button. Try a broken file too: a copy of it with a letter in a number.',
      command: 'open http://localhost:8088',
      linux: 'xdg-open http://localhost:8088',
      powershell: 'Start-Process http://localhost:8088',
      run: false,
      notRunBecause: "it opens a browser; the stack's browser tests (tests/data-app/) upload files through this page in Chromium instead",
      screenshots: [
        {
          url: 'http://localhost:8088/',
          waitFor: 'Upload and predict',
          alt: 'The upload page in the browser: "Predict iris species from a CSV", what the file must hold, a file chooser and the Upload and predict button',
          file: '05-data-app-upload-form.jpg',
        },
        {
          url: 'http://localhost:8088/uploads/1',
          waitFor: 'Upload #1',
          alt: 'The result page after uploading data/flowers.csv: "Upload #1: flowers.csv", a button to download the predictions, and a table of the flowers with their measurements, predicted species and probabilities',
          file: '05-data-app-result.jpg',
          after: 'upload',
        },
      ],
    },
    {
      id: 'upload',
      title: 'Or upload from the command line',
      explain:
        'The same form, sent by curl: `-F` sends a file as a browser does, `-L` follows the redirect to the result page. (On Windows, `curl.exe`: in Windows PowerShell, `curl` is another command.)',
      command: 'curl -sS -L -F "file=@data/flowers.csv" http://localhost:8088/uploads',
      powershell: 'curl.exe -sS -L -F "file=@data/flowers.csv" http://localhost:8088/uploads',
      expect: '12 flower(s)',
      // The result page's heading and summary, not all its HTML.
      box: {linesWith: ['<h1>', 'flower(s)']},
    },
    {
      id: 'psql',
      title: 'Look inside the database',
      explain:
        '`docker compose exec` runs a command in a running service: here `psql`, the Postgres shell, in `db`. The predictions are rows in a table.',
      command: `docker compose exec db psql --username iris --dbname iris --command "${COUNT_BY_SPECIES}"`,
      // Compose's exec wants a terminal unless told otherwise; CI has none.
      check: `docker compose exec -T db psql --username iris --dbname iris --command "${COUNT_BY_SPECIES}"`,
      expect: 'versicolor |     4',
      optional: true,
    },
    {
      id: 'logs',
      title: 'Read the logs of one service',
      explain:
        "Each service's output, with its name in front. `docker compose logs` alone shows all four; add `--follow` to keep watching.",
      command: 'docker compose logs web',
      expect: 'stored upload 1: flowers.csv, 12 rows',
      box: {linesWith: ['stored upload']},
      optional: true,
    },
    {
      id: 'down',
      title: 'Stop and remove the containers',
      explain: '`down` removes the containers and the networks. The volume `db-data`, with the database files, stays.',
      command: 'docker compose down',
      expect: 'Removed',
      box: {linesWith: ['Removed'], sorted: true},
      optional: true,
    },
    {
      id: 'up-again',
      title: 'Start again: the data is still there',
      explain: 'New containers, the same volume: Postgres finds its files, skips `init.sql`, and your upload is in the list.',
      command: 'docker compose up --wait',
      expect: 'Healthy',
      box: {linesWith: ['Healthy'], sorted: true},
      optional: true,
    },
    {
      id: 'still-there',
      title: 'List the past uploads',
      explain: 'The page of past uploads, read from Postgres.',
      command: 'curl -sS http://localhost:8088/uploads',
      powershell: 'curl.exe -sS http://localhost:8088/uploads',
      expect: 'flowers.csv',
      box: {linesWith: ['<h1>', 'flowers.csv']},
      optional: true,
    },
    {
      id: 'down-volumes',
      title: 'Remove everything, data included',
      explain:
        '`--volumes` also deletes `db-data`: the next `up` starts with an empty database. Do this only when you want to lose the uploads.',
      command: 'docker compose down --volumes',
      expect: 'Removed',
      box: {linesWith: ['Removed'], sorted: true},
      optional: true,
    },
    selfCheckStep(
      'From the lab folder (the one with `check.sh`): it starts your `starter/` stack under its own name and on a free port, uploads `data/flowers.csv`, checks the predictions on the page and in Postgres, sends a broken file, and removes everything it made.',
    ),
  ],
  checks: [
    {kind: 'steps', name: 'student steps'},
    {
      kind: 'run-output',
      name: "the front end's tests pass in its image",
      image: 'web',
      args: ['python', '-m', 'pytest', '-q'],
      expectOutput: [' passed'],
    },
    {kind: 'run-output', name: 'the front end runs as a non-root user', image: 'web', args: ['id', '-u'], expectOutput: ['1000']},
    {
      kind: 'compose',
      name: 'the stack through nginx: browser, bad files, failures, persistence',
      dir: '.',
      prepare: ['cp .env.example .env'],
      portVariable: 'APP_PORT',
      scripts: STACK_SUITES,
    },
    {
      kind: 'compose',
      name: 'the starter, its TODOs filled in from the solution, comes up and predicts',
      dir: '.',
      filledStarter: true,
      prepare: ['cp .env.example .env'],
      portVariable: 'APP_PORT',
      scripts: [
        `curl -fsS -L -F "file=@data/flowers.csv" "http://127.0.0.1:$APP_PORT/uploads" | grep -q '12 flower(s)'`,
        `test "$(docker compose exec -T db psql --username iris --dbname iris --tuples-only --no-align --command 'SELECT count(*) FROM predictions')" = 12`,
      ],
    },
    selfCheckScripts('compose.yaml still runs the placeholder image of the api service.'),
  ],
});
