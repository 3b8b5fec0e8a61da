/**
 * Lab 02, workflow 3: a data-driven application. Postgres loads a CSV on its first start; a small
 * app reads it at each visit and shows a report page. CI compares the page with `psql`.
 */
import {defineLab, enterFolderStep, selfCheckScripts, selfCheckStep} from '../../../lib/labs/manifest';

const PSQL = 'psql --username analyst --dbname flowers --tuples-only --no-align --command';
/**
 * The app waits for a healthy database (`depends_on: condition: service_healthy`): the engine's own
 * events for these two containers say Postgres turned healthy before the app's container started.
 * Then the page must show what Postgres holds, now: the total, and again after a row is added.
 */
const PROVE = [
  `db="$(docker compose ps -q db)" && app="$(docker compose ps -q app)" && test -n "$db" && test -n "$app" && events="$(docker events --since 1h --until "$(date +%s)" --filter "container=$db" --filter "container=$app" --format '{{.Action}} {{index .Actor.Attributes "com.docker.compose.service"}}')" && first="$(grep -m1 -Ex 'health_status: healthy db|start app' <<<"$events" || true)" && { test "$first" = 'health_status: healthy db' || { echo "the app started before Postgres was healthy (first: \${first:-neither event})"; exit 1; }; }`,
  `n="$(docker compose exec -T db ${PSQL} 'SELECT count(*) FROM iris')" && test "$n" = 150 && curl -fsS "http://127.0.0.1:$REPORT_PORT/" | grep -q "<strong>$n flowers</strong>"`,
  `for s in setosa versicolor virginica; do c="$(docker compose exec -T db ${PSQL} "SELECT count(*) FROM iris WHERE species = '$s'")"; curl -fsS "http://127.0.0.1:$REPORT_PORT/" | grep -q "<td>$s</td><td class=\\"number\\">$c</td>" || exit 1; done`,
  `docker compose exec -T db ${PSQL} "INSERT INTO iris VALUES (5.0, 3.4, 1.5, 0.2, 'setosa')" && curl -fsS "http://127.0.0.1:$REPORT_PORT/" | grep -q '<strong>151 flowers</strong>'`,
];

export default defineLab({
  id: '02-workflows/w3-data-app',
  title: 'Workflow 3: an application and its database',
  // For after the tutorial: the 20 minutes of lab 02 hold workflows 1 and 2.
  takeHome: true,
  images: [{name: 'app', context: 'app'}],
  starter: [{claim: 'todos', file: 'compose.yaml', minTodos: 2}],
  resources: {
    containers: ['w3-report-app-1', 'w3-report-db-1'],
    images: ['w3-report-app'],
    volumes: ['w3-report_db-data'],
    networks: ['w3-report_default'],
  },
  steps: [
    enterFolderStep('02-workflows/w3-data-app/starter'),
    {
      id: 'env',
      title: 'Make your .env file',
      explain: 'In `w3-data-app/starter/`. It holds the database password, which stays out of `compose.yaml`, the image and Git.',
      command: 'cp .env.example .env',
      powershell: 'Copy-Item .env.example .env',
      optional: true,
    },
    {
      id: 'up',
      title: 'Start the app and its database',
      explain:
        'Once the `TODO`s of `compose.yaml` are done. On its first start, Postgres runs `db/load.sql`, which loads `data/iris.csv` into the table `iris`; the app starts when the database is healthy.',
      command: 'docker compose up --build --wait',
      expect: 'Healthy',
      // Each container's health; Compose starts them in parallel, so their order varies.
      box: {linesWith: ['Healthy'], sorted: true},
      optional: true,
    },
    {
      id: 'report',
      title: 'Open the report',
      explain: 'In your browser, `http://localhost:8086`; or from the terminal. The app reads the table at every visit.',
      command: 'curl -sS http://localhost:8086/',
      powershell: 'curl.exe -sS http://localhost:8086/',
      expect: '150 flowers',
      // The page is HTML: the box keeps its summary line, the picture shows the page.
      box: {linesWith: ['150 flowers']},
      screenshots: [
        {
          url: 'http://localhost:8086/',
          waitFor: '150 flowers',
          alt: 'The report page in the browser: the number of flowers in the database, 150, and a table of the three species with their counts and mean measurements',
          file: 'w3-report.jpg',
        },
      ],
      optional: true,
    },
    {
      id: 'psql',
      title: 'Count the rows yourself',
      explain: '`psql` in the database container: the same numbers as the page.',
      command: `docker compose exec db psql --username analyst --dbname flowers --command "SELECT species, count(*) FROM iris GROUP BY species ORDER BY species"`,
      // Compose's exec wants a terminal unless told otherwise; CI has none.
      check: `docker compose exec -T db psql --username analyst --dbname flowers --command "SELECT species, count(*) FROM iris GROUP BY species ORDER BY species"`,
      expect: 'versicolor |    50',
      optional: true,
    },
    {
      id: 'down',
      title: 'Stop, and delete the data',
      explain: '`--volumes` deletes `db-data` too: the next `up` loads the CSV again. Without it, the data stays.',
      command: 'docker compose down --volumes',
      expect: 'Removed',
      box: {linesWith: ['Removed'], sorted: true},
      optional: true,
    },
    {
      ...selfCheckStep(
        'From `w3-data-app/` (the folder with `check.sh`): the self-check starts your `starter/` app under its own name, password and port, compares the report with a `psql` count, and removes everything it made.',
      ),
      optional: true,
    },
  ],
  lintExemptions: [
    {
      file: 'starter/compose.yaml',
      rules: ['compose-healthcheck-on-dependency'],
      reason: "the database's healthcheck is TODO 2 of this exercise",
    },
  ],
  checks: [
    {kind: 'steps', name: 'student steps'},
    {kind: 'run-output', name: 'the app runs as a non-root user', image: 'app', args: ['id', '-u'], expectOutput: ['1000']},
    {
      kind: 'compose',
      name: 'the app waits for a healthy Postgres, and its page shows the rows read from it',
      dir: '.',
      prepare: ['cp .env.example .env'],
      portVariable: 'REPORT_PORT',
      scripts: PROVE,
    },
    {
      kind: 'compose',
      name: 'the starter, its TODOs filled in from the solution, does the same',
      dir: '.',
      filledStarter: true,
      prepare: ['cp .env.example .env'],
      portVariable: 'REPORT_PORT',
      scripts: PROVE,
    },
    selfCheckScripts('docker compose up --wait did not get both services healthy'),
  ],
});
