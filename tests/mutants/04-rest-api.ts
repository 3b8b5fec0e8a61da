/** Breakages of lab 04 (the model behind a Flask-RESTful API, in a container) that the checker must catch. */
import {PINS} from '../../labs/requirements/pins';
import {defineMutants, type Mutant, type MutantEdit} from '../../scripts/lab-checker/mutants/mutant';

const DOCKERFILE = 'solution/Dockerfile';
const APP = 'solution/app.py';
/** The bad-input handling app.py imports: students read it only if they want to. */
const ERRORS = 'solution/api_errors.py';
const BAD_INPUT = 'bad input gets a 4xx JSON error, never a 500';

/** A breakage of the API's input rules, which the bad-input check must catch on the request `failing` names. */
function refusedBadInput(id: string, breaks: string, edit: MutantEdit, failing: string): Mutant {
  return {id, breaks, edits: [edit], kills: {[BAD_INPUT]: failing}};
}
const CMD = 'CMD ["gunicorn", "--bind", "0.0.0.0:8000", "--workers", "2", "--preload", "--access-logfile", "-", "app:create_app()"]';

export default defineMutants({
  lab: '04-rest-api',
  mutants: [
    {
      id: 'user-removed',
      breaks: 'the final stage has no USER, so the API runs as root',
      edits: [{file: DOCKERFILE, deleteLines: /^USER api$/}],
      kills: {
        'lab material follows the course conventions': 'non-root-user',
        'runs as a non-root user': 'expected the output to contain "1000"',
        'self-check script': 'The container runs as root.',
      },
    },
    {
      id: 'cmd-shell-form',
      breaks: 'CMD in shell form, so gunicorn is not PID 1 and docker stop waits 10 s',
      edits: [
        {
          file: DOCKERFILE,
          replace: CMD,
          with: 'CMD gunicorn --bind 0.0.0.0:8000 --workers 2 --preload --access-logfile - "app:create_app()"',
        },
      ],
      kills: {
        'lab material follows the course conventions': 'exec-form-cmd',
        'self-check script': 'CMD is missing or in shell form',
      },
    },
    {
      id: 'healthcheck-removed',
      breaks: 'the HEALTHCHECK is gone, so Docker never says the API is healthy',
      edits: [{file: DOCKERFILE, deleteLines: /^HEALTHCHECK |urllib\.request\.urlopen\('http:\/\/127\.0\.0\.1:8000\/health'/}],
      // The steps catch it too (`step healthy`), after a 60 s wait; the self-check needs none.
      kills: {'self-check script': 'The image has no HEALTHCHECK.'},
    },
    {
      id: 'dockerignore-gone',
      breaks: 'the .dockerignore is gone, so caches and secrets go to the build',
      edits: [{file: 'solution/.dockerignore', delete: true}],
      kills: {'lab material follows the course conventions': 'dockerignore-present'},
    },
    {
      id: 'pin-left-out',
      breaks: 'itsdangerous, which Flask needs, is left out of the requirements',
      edits: [{file: 'solution/requirements.txt', deleteLines: /^itsdangerous==/}],
      kills: {'the requirements pin every dependency': 'not pinned: itsdangerous (needed by flask)'},
    },
    {
      id: 'html-errors',
      breaks: "app.py uses Flask-RESTful's plain Api, so unknown routes get Flask's own HTML 404 and 405 pages",
      edits: [
        {file: APP, replace: 'from flask_restful import Resource', with: 'from flask_restful import Api, Resource'},
        {file: APP, replace: '    api = JsonErrorApi(app)', with: '    api = Api(app)'},
      ],
      kills: {[BAD_INPUT]: 'GET /no-such-route: expected a JSON body, got: <!doctype html>'},
    },
    {
      // (NaN and infinity fail this rule too, which makes the isfinite rule before it a second line of defence.)
      id: 'plausible-rule-removed',
      breaks: 'the rule refusing measurements no flower has (0 cm or less, over 30 cm) is removed',
      edits: [{file: ERRORS, replace: '    if not 0 < number <= MAX_CM:', with: '    if False:'}],
      kills: {
        [BAD_INPUT]: 'expected status 400, got 200',
        'the unit tests pass in the image': 'failed',
      },
    },
    {
      id: 'batch-order-reversed',
      breaks: 'the batch answers come back in the wrong order',
      edits: [
        {
          file: APP,
          replace: 'for name, row in zip(species, probabilities)',
          with: 'for name, row in zip(species[::-1], probabilities[::-1])',
        },
      ],
      kills: {
        'health and predict endpoints answer correctly': 'expected "predictions"[0].species to be "setosa", got "virginica"',
      },
    },
    {
      id: 'trained-at-start',
      breaks: 'the API trains a model when it starts instead of loading the pickle',
      edits: [
        {
          file: APP,
          replace: '    model = load_model(path)  # once, at start: each request reuses it',
          with: [
            '    from sklearn.datasets import load_iris',
            '    from sklearn.linear_model import LogisticRegression',
            '    iris = load_iris()',
            '    model = LogisticRegression(max_iter=1000).fit(iris.data, iris.target_names[iris.target])',
          ].join('\n'),
        },
      ],
      kills: {'without its model file the API stops at start and says why': 'the container exited with 0, expected 1'},
    },
    {
      id: 'model-not-copied',
      breaks: 'the final stage does not copy the model, so the API has nothing to load',
      edits: [{file: DOCKERFILE, deleteLines: /^COPY --from=model /}],
      kills: {
        'health and predict endpoints answer correctly': 'the container stopped before it answered',
        'self-check script': 'The container stopped (its log is above).',
      },
    },
    {
      id: 'error-names-no-field',
      breaks: 'a wrong value gets a 400 that does not say which field is wrong',
      edits: [
        {
          file: ERRORS,
          replace: 'fail(400, f"{name} must be a number, got {json.dumps(value)}", field=name, **where)',
          with: 'fail(400, f"{name} must be a number, got {json.dumps(value)}", **where)',
        },
      ],
      kills: {
        [BAD_INPUT]: 'expected "field" to be "sepal_length"',
        'self-check script': 'POST /predict with a bad value: expected 400',
      },
    },
    {
      id: 'health-not-ok',
      breaks: '/health answers 200 but says the API is not ok',
      edits: [{file: APP, replace: 'return {"status": "ok", "model"', with: 'return {"status": "starting", "model"'}],
      kills: {
        'health and predict endpoints answer correctly': 'expected "status" to be "ok"',
        'self-check script': 'GET /health: expected 200',
      },
    },
    {
      id: 'get-predict-missing',
      breaks: 'Predict has no get method, so GET /predict is refused with 405',
      edits: [
        {
          file: APP,
          replace: '    def get(self):\n        return predict(self.model, [query_sample()])[0]',
          with: '    def get_from_query(self):\n        return predict(self.model, [query_sample()])[0]',
        },
      ],
      kills: {
        'health and predict endpoints answer correctly': 'expected status 200, got 405',
        'self-check script': 'GET /predict: expected 200',
      },
    },
    {
      id: 'post-reads-query',
      breaks: 'POST /predict reads the query string instead of the JSON body',
      edits: [
        {
          file: APP,
          replace: '        return predict(self.model, [to_sample(json_body())])[0]',
          with: '        return predict(self.model, [query_sample()])[0]',
        },
      ],
      kills: {'self-check script': 'POST /predict: expected 200'},
    },
    {
      id: 'pin-does-not-exist',
      breaks: 'a pin names a Flask release that does not exist, so pip cannot install it',
      edits: [{file: 'solution/requirements.txt', replace: `flask==${PINS.api.flask}`, with: 'flask==3.1.99'}],
      kills: {'build api': 'No matching distribution found for flask==3.1.99', 'self-check script': 'docker build failed'},
    },
    {
      id: 'self-check-cmd-gate-passes',
      breaks: "the self-check's gate on a CMD that does not start gunicorn always passes",
      edits: [
        {
          file: 'check.sh',
          replace: '  *) fail "The CMD does not start gunicorn: $cmd" "Write the CMD of TODO 4 in the Dockerfile." ;;',
          with: '  *) true ;;',
        },
      ],
      kills: {'self-check script': 'failed, but not with "The CMD does not start gunicorn"'},
    },
    {
      id: 'gunicorn-limits-off',
      breaks:
        "gunicorn's own request limits are lifted (a request line of any length, headers up to 20,000 bytes), so oversized requests reach the app",
      edits: [
        {
          file: DOCKERFILE,
          replace: CMD,
          with: CMD.replace('"--preload",', '"--preload", "--limit-request-line", "0", "--limit-request-field_size", "20000",'),
        },
      ],
      kills: {
        [BAD_INPUT]: [
          `GET /predict?sepal_length=${'5'.repeat(5000)}: expected status 414, got 400`,
          'GET /health: expected status 431, got 200',
        ],
      },
    },
    {
      id: 'fallback-saves-elsewhere',
      breaks: 'train_model.py saves the model beside itself instead of in model/, where the Dockerfile copies it from',
      edits: [
        {
          file: 'solution/train_model.py',
          replace: 'sys.argv[1] if len(sys.argv) > 1 else "model/iris-model.pkl"',
          with: 'sys.argv[1] if len(sys.argv) > 1 else "iris-model.pkl"',
        },
      ],
      kills: {'step model-fallback': 'saved model/iris-model.pkl'},
    },
    {
      id: 'model-path-ignored',
      breaks: 'the API ignores MODEL_PATH and serves the model baked into its image, not the one it is given',
      edits: [
        {
          file: APP,
          replace: 'path = Path(model_path or os.environ.get("MODEL_PATH") or DEFAULT_MODEL_PATH)',
          with: 'path = Path(model_path or DEFAULT_MODEL_PATH)',
        },
      ],
      kills: {"the API serves the model that lab 03's notebook pickled": 'the container stopped before it answered'},
    },
    refusedBadInput(
      'body-limit-raised',
      'the body limit is 256 MB instead of 256 KB, so a huge body is read and parsed',
      {file: ERRORS, replace: 'MAX_BODY_BYTES = 256 * 1024\n', with: 'MAX_BODY_BYTES = 256 * 1024 * 1024\n'},
      'POST /predict: expected status 413, got 400',
    ),
    refusedBadInput(
      'batch-limit-removed',
      'a batch of any length is predicted: no limit of 1000 flowers',
      {file: ERRORS, deleteLines: /^ {4}if len\(data\) > MAX_BATCH:$|^ {8}fail\(413, f"the batch has /},
      'POST /predict/batch: expected status 413, got 200',
    ),
    refusedBadInput(
      'content-type-unchecked',
      'a body sent without Content-Type: application/json is parsed anyway, so the wrong content type gets no 415',
      {file: ERRORS, deleteLines: /^ {4}if not request\.is_json:$|^ {8}fail\(415, /},
      'POST /predict: expected status 415, got',
    ),
    refusedBadInput(
      'nesting-unguarded',
      'JSON nested thousands of levels deep crashes the parser, which ends in a 500',
      {file: ERRORS, deleteLines: /^ {4}except RecursionError:|^ {8}fail\(400, "the body is nested too deeply/},
      'POST /predict/batch: expected status 400, got 500',
    ),
    refusedBadInput(
      'booleans-as-numbers',
      'true is taken as the number 1, as Python does, so a flower with sepal_width true is predicted',
      {
        file: ERRORS,
        replace: 'elif isinstance(value, (int, float)) and not isinstance(value, bool):',
        with: 'elif isinstance(value, (int, float)):',
      },
      'POST /predict: expected status 400, got 200',
    ),
  ],
});
