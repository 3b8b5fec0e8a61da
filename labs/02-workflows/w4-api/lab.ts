/**
 * Lab 02, workflow 4: the model behind HTTP. It reuses lab 04's API image by its name, adding no
 * API code: a Compose file publishes it on 127.0.0.1, and a small client scores a CSV with it.
 */
import {defineLab, enterFolderStep, selfCheckScripts, selfCheckStep} from '../../../lib/labs/manifest';

const VIRGINICA = 'sepal_length=7.7&sepal_width=3.0&petal_length=6.1&petal_width=2.3';
const SCORED = '12 flowers scored: setosa 4, versicolor 4, virginica 4';
/** What the compose checks prove, on the solution and on the starter filled in from it. */
const PROVE = [
  `curl -fsS "http://127.0.0.1:$API_PORT/predict?${VIRGINICA}" | grep -q '"species": "virginica"'`,
  `docker compose run --rm score | grep -q '${SCORED}'`,
];

export default defineLab({
  id: '02-workflows/w4-api',
  title: 'Workflow 4: the model behind HTTP',
  // For after the tutorial: the 20 minutes of lab 02 hold workflows 1 and 2.
  takeHome: true,
  images: [],
  starter: [
    {claim: 'todos', file: 'compose.yaml', minTodos: 2},
    {claim: 'todos', file: 'score.py', minTodos: 1},
  ],
  imagesFromLabs: [{ref: 'iris-api:1.0', lab: '04-rest-api', image: 'api'}],
  resources: {containers: ['w4-api-api-1'], networks: ['w4-api_default']},
  steps: [
    enterFolderStep('02-workflows/w4-api/starter'),
    {
      id: 'api-image',
      title: 'Find the API image of lab 04',
      explain:
        'This workflow writes no API: it uses the one you built in lab 04. If the list is empty, build it first, in `labs/04-rest-api/starter`: `docker build -t iris-api:1.0 .`',
      command: 'docker image ls iris-api',
      expect: 'iris-api',
      optional: true,
    },
    {
      id: 'up',
      title: 'Start the API',
      explain: 'In `w4-api/starter/`, once the `TODO`s of `compose.yaml` are done. `--wait` returns when the API answers its health check.',
      command: 'docker compose up --detach --wait api',
      expect: 'Healthy',
      box: {linesWith: ['Healthy'], sorted: true},
      optional: true,
    },
    {
      id: 'predict',
      title: 'Ask it for one prediction',
      explain: 'Any program that speaks HTTP can use the model now: a browser, curl, R, a spreadsheet macro.',
      command: `curl "http://localhost:8087/predict?${VIRGINICA}"`,
      powershell: `Invoke-RestMethod "http://localhost:8087/predict?${VIRGINICA}"`,
      expect: '"species": "virginica"',
      optional: true,
    },
    {
      id: 'score',
      title: 'Score a whole CSV with a client',
      explain:
        '`score.py` reads `data/flowers.csv` and sends all its rows in one request to `/predict/batch`. It runs in a container of the same image (it has Python and requests), on the Compose network, where the API is `http://api:8000`.',
      command: 'docker compose run --rm score',
      expect: SCORED,
      optional: true,
    },
    {
      id: 'down',
      title: 'Stop the API',
      explain: 'Removes the container and the network; the image stays.',
      command: 'docker compose down',
      expect: 'Removed',
      box: {linesWith: ['Removed'], sorted: true},
      optional: true,
    },
    {
      ...selfCheckStep(
        'From `w4-api/` (the folder with `check.sh`): the self-check starts your `starter/` API on a free port, checks a prediction, runs your `score.py` on `data/flowers.csv`, and stops everything.',
      ),
      optional: true,
    },
  ],
  checks: [
    {kind: 'steps', name: 'student steps'},
    {
      kind: 'compose',
      name: 'the API answers a prediction, and the client scores the CSV',
      dir: '.',
      portVariable: 'API_PORT',
      scripts: PROVE,
    },
    {
      kind: 'compose',
      name: 'the starter, its TODOs filled in from the solution, does the same',
      dir: '.',
      filledStarter: true,
      portVariable: 'API_PORT',
      scripts: PROVE,
    },
    selfCheckScripts('compose.yaml still runs the placeholder image.'),
  ],
});
