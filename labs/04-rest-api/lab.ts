/**
 * Lab 04: the REST API container. The lab page renders these steps; the lab checker runs them, in
 * order, in a copy of `solution/`, so every command shown is one that CI ran.
 */
import {PINS} from '../requirements/pins';
import {defineLab, enterFolderStep, pinsClosedCheck, selfCheckScripts, selfCheckStep, type HttpExpectation} from '../../lib/labs/manifest';
import {registeredLab} from '../registry';

const SETOSA = {sepal_length: 5.1, sepal_width: 3.5, petal_length: 1.4, petal_width: 0.2};
const VERSICOLOR = {sepal_length: 6.2, sepal_width: 2.9, petal_length: 4.3, petal_width: 1.3};
const VIRGINICA = {sepal_length: 7.7, sepal_width: 3.0, petal_length: 6.1, petal_width: 2.3};
const query = (flower: Readonly<Record<string, number | string>>): string =>
  Object.entries(flower)
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
    .join('&');

/** The batch's answer: one prediction per flower, in the order sent. */
const BATCH_ANSWER = {count: 3, predictions: [{species: 'setosa'}, {species: 'versicolor'}, {species: 'virginica'}]};

/** A POST /predict whose body is one flower with one field changed: a 400 naming that field. */
function badField(field: string, value: unknown): HttpExpectation {
  return {
    method: 'POST',
    path: '/predict',
    json: {...SETOSA, [field]: value},
    expectStatus: 400,
    expectJson: {field},
    expectJsonIncludes: {error: field},
  };
}

/** Every kind of bad input the API must refuse with a 4xx JSON error instead of crashing. */
const BAD_INPUT: readonly HttpExpectation[] = [
  {
    method: 'POST',
    path: '/predict',
    json: {sepal_length: 5.1, sepal_width: 3.5, petal_length: 1.4},
    expectStatus: 400,
    expectJson: {field: 'petal_width'},
  },
  badField('colour', 'blue'),
  badField('sepal_length', 'abc'),
  badField('sepal_length', '5.1'),
  badField('sepal_width', true),
  badField('petal_length', null),
  badField('petal_length', [1.4]),
  badField('petal_width', {cm: 0.2}),
  // Numbers no flower has: refused like text, by the same rule as lab 05's front end.
  badField('sepal_length', -5.1),
  badField('petal_length', 1e308),
  {
    method: 'POST',
    path: '/predict',
    json: [5.1, 3.5, 1.4, 0.2],
    expectStatus: 400,
    expectJsonIncludes: {error: 'expected a JSON object with the fields'},
  },
  {method: 'POST', path: '/predict', json: 'x'.repeat(300_000), expectStatus: 413, expectJsonIncludes: {error: 'larger than 262144 bytes'}},
  {method: 'GET', path: `/predict?${query({...SETOSA, sepal_length: 'nan'})}`, expectStatus: 400, expectJson: {field: 'sepal_length'}},
  {method: 'GET', path: `/predict?${query({...SETOSA, sepal_width: 'inf'})}`, expectStatus: 400, expectJson: {field: 'sepal_width'}},
  {method: 'GET', path: `/predict?${query({...SETOSA, petal_length: 'long'})}`, expectStatus: 400, expectJson: {field: 'petal_length'}},
  {method: 'GET', path: `/predict?${query(SETOSA)}&sepal_length=6`, expectStatus: 400, expectJson: {field: 'sepal_length'}},
  {method: 'GET', path: '/predict?sepal_length=5.1', expectStatus: 400, expectJson: {field: 'sepal_width'}},
  {method: 'POST', path: '/predict/batch', json: [], expectStatus: 400, expectJsonIncludes: {error: 'the batch is empty'}},
  {
    method: 'POST',
    path: '/predict/batch',
    json: Array.from({length: 1001}, () => SETOSA),
    expectStatus: 413,
    expectJsonIncludes: {error: 'at most 1000 per request'},
  },
  {method: 'POST', path: '/predict/batch', json: SETOSA, expectStatus: 400, expectJsonIncludes: {error: 'expected a JSON list of flowers'}},
  {
    method: 'POST',
    path: '/predict/batch',
    json: [SETOSA, {...SETOSA, petal_width: 'wide'}],
    expectStatus: 400,
    expectJson: {field: 'petal_width', index: 1},
  },
  // Raw bodies: what a JSON library would refuse to produce.
  {
    method: 'POST',
    path: '/predict/batch',
    body: '['.repeat(100_000) + ']'.repeat(100_000),
    headers: {'content-type': 'application/json'},
    expectStatus: 400,
    expectJsonIncludes: {error: 'nested too deeply'},
  },
  {
    method: 'POST',
    path: '/predict',
    body: '{"sepal_length": 5.1,',
    headers: {'content-type': 'application/json'},
    expectStatus: 400,
    expectJsonIncludes: {error: 'the body is not valid JSON'},
  },
  {
    method: 'POST',
    path: '/predict',
    body: '{"sepal_length": NaN, "sepal_width": 3.5, "petal_length": 1.4, "petal_width": 0.2}',
    headers: {'content-type': 'application/json'},
    expectStatus: 400,
    expectJson: {error: 'the body is not valid JSON: NaN is not a valid JSON number'},
  },
  {
    method: 'POST',
    path: '/predict',
    body: 'sepal_length=5.1&sepal_width=3.5',
    headers: {'content-type': 'application/x-www-form-urlencoded'},
    expectStatus: 415,
    expectJsonIncludes: {error: 'Content-Type: application/json'},
  },
  {
    method: 'POST',
    path: '/predict',
    body: JSON.stringify(SETOSA),
    headers: {'content-type': 'text/plain'},
    expectStatus: 415,
    expectJsonIncludes: {error: 'Content-Type: application/json'},
  },
  // Too large for gunicorn itself, which refuses them with its own error page before the app sees them.
  {
    method: 'GET',
    path: `/predict?sepal_length=${'5'.repeat(5000)}`,
    expectStatus: 414,
    refusedByServer: "the request line is longer than gunicorn's limit, 4094 bytes",
  },
  {
    method: 'GET',
    path: '/health',
    headers: {'x-notes': 'a'.repeat(9000)},
    expectStatus: 431,
    refusedByServer: "a header is longer than gunicorn's limit, 8190 bytes",
  },
  {method: 'GET', path: '/no-such-route', expectStatus: 404, expectJsonIncludes: {error: 'no such endpoint: /no-such-route'}},
  {method: 'DELETE', path: '/predict', expectStatus: 405, expectJsonIncludes: {error: 'DELETE is not allowed on /predict'}},
  {method: 'GET', path: '/predict/batch', expectStatus: 405, expectJsonIncludes: {error: 'GET is not allowed on /predict/batch'}},
  {method: 'POST', path: '/health', json: {}, expectStatus: 405, expectJsonIncludes: {error: 'POST is not allowed on /health'}},
];

export default defineLab({
  ...registeredLab('04-rest-api'),
  images: [{name: 'api', context: '.'}],
  starter: [
    {claim: 'todos', file: 'app.py', minTodos: 2},
    {claim: 'todos', file: 'Dockerfile', minTodos: 2},
  ],
  // The fallback for a missing model runs train_model.py in lab 03's image.
  imagesFromLabs: [{ref: 'iris-notebook:1.0', lab: '03-model', image: 'notebook'}],
  resources: {
    containers: ['lab04-api', 'lab04-selfcheck'],
    images: ['iris-api:1.0', 'lab04-api:selfcheck'],
  },
  steps: [
    enterFolderStep('04-rest-api/starter'),
    {
      id: 'copy-model',
      title: 'Bring your model from lab 03',
      explain: 'Copy the model your lab 03 notebook saved into `model/`.',
      command: 'cp ../../03-model/starter/model/iris-model.* model/',
      powershell: 'Copy-Item ..\\..\\03-model\\starter\\model\\iris-model.* model\\',
      run: false,
      notRunBecause:
        'the solution trains the same model in its first build stage instead (see its Dockerfile); the check "the API serves the model that lab 03\'s notebook pickled" serves the very file lab 03\'s notebook wrote',
    },
    {
      id: 'model-fallback',
      title: 'No model from lab 03? Make it here',
      explain:
        "Only if the step above found no model. `train_model.py` trains the same model as lab 03's notebook, in lab 03's image, and saves it in `model/`, in a few seconds.",
      command: 'docker run --rm --user "$(id -u):$(id -g)" --volume "$(pwd):/lab" --workdir /lab iris-notebook:1.0 python train_model.py',
      powershell: 'docker run --rm --volume "${PWD}:/lab" --workdir /lab iris-notebook:1.0 python train_model.py',
      expect: 'saved model/iris-model.pkl',
      optional: true,
    },
    {
      id: 'build',
      title: 'Fill in the four TODOs, then build',
      explain:
        'In `app.py`, TODO 1 loads the model and TODO 2 predicts: one line each, from your notebook. In `Dockerfile`, TODO 3 copies `model/` and TODO 4 is the `CMD`. The build ends by naming the image.',
      command: 'docker build -t iris-api:1.0 .',
      expect: 'iris-api:1.0',
      // The image it names: the build's other lines depend on what the cache already had.
      box: {linesWith: ['naming to']},
    },
    {
      id: 'run',
      title: 'Run it on port 8080',
      explain: 'The API listens on port 8000 in the container; `--publish` makes it `http://localhost:8080` on your machine.',
      command: 'docker run --detach --name lab04-api --publish 127.0.0.1:8080:8000 iris-api:1.0',
    },
    {
      id: 'client',
      title: 'Call it with requests',
      explain:
        '`client.py` calls the API with `requests.get()` and `requests.post()`, and makes a mistake on purpose, which must get a 400. It runs in the container, which has Python and requests.',
      command: 'docker exec lab04-api python client.py http://localhost:8000',
      expect: 'All requests answered as expected.',
    },
    {
      id: 'client-host',
      title: 'Or run the client with your own Python',
      explain:
        "Any program on your machine can call the API at `http://localhost:8080`. To run `client.py` with your own Python 3.9 or newer, give it a virtual environment: `pip install` outside one is refused on Homebrew's Python, Debian 13 and Ubuntu 24.04. The command is `python3` on macOS and Linux (on Debian and Ubuntu, `sudo apt install python3-venv` first) and `py` on Windows.",
      command: `python3 -m venv .venv && .venv/bin/pip install requests==${PINS.api.requests} && .venv/bin/python client.py`,
      powershell: `py -m venv .venv; .venv\\Scripts\\pip install requests==${PINS.api.requests}; .venv\\Scripts\\python client.py`,
      run: false,
      notRunBecause:
        'it needs a Python of the machine, which is not the Python a student has; the step above runs the same `client.py` against the same API, from inside the container',
      optional: true,
    },
    {
      id: 'health',
      title: 'Ask for its health',
      explain: 'Any HTTP client works. `curl` comes with macOS, Linux and Git Bash; PowerShell has `Invoke-RestMethod`.',
      command: 'curl http://localhost:8080/health',
      powershell: 'Invoke-RestMethod http://localhost:8080/health',
      expect: '"status": "ok"',
      optional: true,
    },
    {
      id: 'predict-get',
      title: 'Predict one flower with GET',
      explain: 'The four measurements go in the query string. Quote the address: `&` means something else to the shell.',
      command: `curl "http://localhost:8080/predict?${query(SETOSA)}"`,
      powershell: `Invoke-RestMethod "http://localhost:8080/predict?${query(SETOSA)}"`,
      expect: '"species": "setosa"',
      optional: true,
    },
    {
      id: 'predict-post',
      title: 'Predict one flower with POST',
      explain: 'The same flower fields as a JSON object, with the header that says it is JSON.',
      command: `curl -X POST -H "Content-Type: application/json" -d '${JSON.stringify(VIRGINICA)}' http://localhost:8080/predict`,
      powershell: `Invoke-RestMethod -Method Post -ContentType 'application/json' -Body '${JSON.stringify(VIRGINICA)}' http://localhost:8080/predict`,
      expect: '"species": "virginica"',
      optional: true,
    },
    {
      id: 'predict-batch',
      title: 'Predict several flowers at once',
      explain: 'A JSON list of flowers (up to 1000): one request, one answer per flower, in order.',
      command: `curl -X POST -H "Content-Type: application/json" -d '${JSON.stringify([SETOSA, VERSICOLOR, VIRGINICA])}' http://localhost:8080/predict/batch`,
      powershell: `Invoke-RestMethod -Method Post -ContentType 'application/json' -Body '${JSON.stringify([SETOSA, VERSICOLOR, VIRGINICA])}' http://localhost:8080/predict/batch | ConvertTo-Json -Depth 4`,
      expect: '"count": 3',
      optional: true,
    },
    {
      id: 'bad-request',
      title: 'Send a mistake',
      explain:
        'A value that is not a number must get a **400** with a JSON error naming the field, never a 500 crash. `-i` shows the status line. (PowerShell treats a 4xx as an error: the `catch` prints the body.)',
      command: `curl -i -X POST -H "Content-Type: application/json" -d '${JSON.stringify({...VIRGINICA, petal_width: 'wide'})}' http://localhost:8080/predict`,
      powershell: `try { Invoke-RestMethod -Method Post -ContentType 'application/json' -Body '${JSON.stringify({...VIRGINICA, petal_width: 'wide'})}' http://localhost:8080/predict } catch { $_.ErrorDetails.Message }`,
      expect: '"field":"petal_width"',
      optional: true,
    },
    {
      id: 'healthy',
      title: "See Docker's health status",
      explain:
        "The image's `HEALTHCHECK` asks `/health` every second while the container starts (`--start-interval`, Docker 25 or newer), then every 10 seconds. After the first answer, a second or two after `docker run`, `docker ps` shows the container as *healthy*; before it, *(health: starting)*. Docker Compose waits for exactly this in lab 05.",
      command: 'docker ps --filter name=lab04-api',
      expect: '(healthy)',
      retryFor: 60,
      optional: true,
    },
    {
      id: 'logs',
      title: 'Read the logs',
      explain: 'gunicorn logs its start: the model is loaded once, before the workers start (`--preload`); then one line per request.',
      command: 'docker logs lab04-api',
      expect: 'Listening at: http://0.0.0.0:8000',
      // The start: the model served, and the address; not each request's line.
      box: {linesWith: ['serving', 'Listening at']},
      optional: true,
    },
    {
      id: 'tests',
      title: "Run the API's tests inside the container",
      explain:
        "The image carries the app's tests (`tests/test_app.py`, with pytest in the pinned environment): every kind of bad input must get its 4xx and a JSON error, before the model is called.",
      command: 'docker exec lab04-api python -m pytest -q',
      expect: 'passed',
      optional: true,
    },
    {
      id: 'remove',
      title: 'Stop and remove the container',
      explain: 'When you are done with it. The image stays, ready for lab 05.',
      command: 'docker rm --force lab04-api',
      expect: 'lab04-api',
      optional: true,
    },
    {
      ...selfCheckStep(
        'It builds your `starter/` folder, runs it on a free port and makes the same calls, saying what to fix if an answer is wrong.',
      ),
      command: '../check.sh',
      powershell: '..\\check.ps1',
    },
  ],
  checks: [
    {kind: 'steps', name: 'student steps'},
    {
      kind: 'run-output',
      name: 'the unit tests pass in the image',
      image: 'api',
      args: ['python', '-m', 'pytest', '-q'],
      expectOutput: ['passed'],
    },
    {
      kind: 'run-output',
      name: 'the model in the image predicts the three flowers of lab 03',
      image: 'api',
      args: ['python', '-m', 'pytest', '-q', 'tests/test_app.py::test_the_served_model_predicts_the_three_flowers_of_lab_03'],
      expectOutput: ['1 passed'],
    },
    {kind: 'run-output', name: 'runs as a non-root user', image: 'api', args: ['id', '-u'], expectOutput: ['1000']},
    {
      kind: 'run-output',
      // Proof that the API loads a model and never makes one: without the file it cannot start.
      name: 'without its model file the API stops at start and says why',
      image: 'api',
      env: {MODEL_PATH: '/home/api/app/model/no-such-model.pkl'},
      args: ['python', '-c', 'from app import create_app; create_app()'],
      expectOutput: ['model file not found: /home/api/app/model/no-such-model.pkl'],
      expectExitCode: 1,
    },
    pinsClosedCheck('api', '/tmp/requirements.txt'),
    {
      kind: 'http',
      name: 'health and predict endpoints answer correctly',
      image: 'api',
      containerPort: 8000,
      readyPath: '/health',
      requests: [
        {method: 'GET', path: '/health', expectStatus: 200, expectJson: {status: 'ok', classes: ['setosa', 'versicolor', 'virginica']}},
        {method: 'GET', path: `/predict?${query(SETOSA)}`, expectStatus: 200, expectJson: {species: 'setosa'}},
        {method: 'GET', path: `/predict?${query(VERSICOLOR)}`, expectStatus: 200, expectJson: {species: 'versicolor'}},
        {method: 'POST', path: '/predict', json: VIRGINICA, expectStatus: 200, expectJson: {species: 'virginica'}},
        {method: 'POST', path: '/predict/batch', json: [SETOSA, VERSICOLOR, VIRGINICA], expectStatus: 200, expectJson: BATCH_ANSWER},
      ],
    },
    {
      kind: 'http',
      // The course's promise: the pickle the lab 03 notebook wrote, in its image, loads in this one.
      name: "the API serves the model that lab 03's notebook pickled",
      image: 'api',
      containerPort: 8000,
      readyPath: '/health',
      mountHandoff: {lab: '03-model', path: 'model', at: '/home/api/model-from-lab-03', hides: '/home/api/app/model'},
      env: {MODEL_PATH: '/home/api/model-from-lab-03/iris-model.pkl'},
      requests: [
        {method: 'GET', path: '/health', expectStatus: 200, expectJson: {status: 'ok', classes: ['setosa', 'versicolor', 'virginica']}},
        {method: 'POST', path: '/predict/batch', json: [SETOSA, VERSICOLOR, VIRGINICA], expectStatus: 200, expectJson: BATCH_ANSWER},
        {method: 'GET', path: `/predict?${query(SETOSA)}`, expectStatus: 200, expectJson: {species: 'setosa'}},
        {method: 'GET', path: `/predict?${query(VERSICOLOR)}`, expectStatus: 200, expectJson: {species: 'versicolor'}},
        {method: 'POST', path: '/predict', json: VIRGINICA, expectStatus: 200, expectJson: {species: 'virginica'}},
      ],
    },
    {
      kind: 'http',
      name: 'bad input gets a 4xx JSON error, never a 500',
      image: 'api',
      containerPort: 8000,
      readyPath: '/health',
      requests: BAD_INPUT,
    },
    selfCheckScripts('The CMD does not start gunicorn'),
  ],
});
