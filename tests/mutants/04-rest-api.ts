/** Breakages of lab 04 (the model behind a Flask-RESTful API, in a container) that the checker must catch. */
import {defineMutants} from '../../scripts/lab-checker/mutants/mutant';

const DOCKERFILE = 'solution/Dockerfile';
const APP = 'solution/app.py';
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
      edits: [{file: DOCKERFILE, replace: CMD, with: 'CMD gunicorn --bind 0.0.0.0:8000 --workers 2 --preload --access-logfile - "app:create_app()"'}],
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
      breaks: "no JSON error handler, so unknown routes get Flask's own HTML 404 and 405 pages",
      edits: [
        {file: APP, deleteLines: /^ {4}app\.register_error_handler\(Exception, json_error\)$/},
        {file: APP, replace: '    api = JsonErrorApi(app)', with: '    api = Api(app)'},
      ],
      kills: {'bad input gets a 4xx JSON error, never a 500': 'GET /no-such-route: expected a JSON body, got: <!doctype html>'},
    },
    {
      // (NaN and infinity fail this rule too, which makes the isfinite rule before it a second line of defence.)
      id: 'plausible-rule-removed',
      breaks: 'the rule refusing measurements no flower has (0 cm or less, over 30 cm) is removed',
      edits: [{file: APP, replace: '    if not 0 < number <= MAX_CM:', with: '    if False:'}],
      kills: {
        'bad input gets a 4xx JSON error, never a 500': 'expected status 400, got 200',
        'the unit tests pass in the image': 'failed',
      },
    },
    {
      id: 'batch-order-reversed',
      breaks: 'the batch answers come back in the wrong order',
      edits: [{file: APP, replace: 'for name, row in zip(species, probabilities)', with: 'for name, row in zip(species[::-1], probabilities[::-1])'}],
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
      edits: [{file: APP, replace: 'fail(400, f"{name} must be a number, got {json.dumps(value)}", field=name, **where)', with: 'fail(400, f"{name} must be a number, got {json.dumps(value)}", **where)'}],
      kills: {
        'bad input gets a 4xx JSON error, never a 500': 'expected "field" to be "sepal_length"',
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
      edits: [{file: APP, replace: '    def get(self):\n        # A repeated parameter', with: '    def get_from_query(self):\n        # A repeated parameter'}],
      kills: {
        'health and predict endpoints answer correctly': 'expected status 200, got 405',
        'self-check script': 'GET /predict: expected 200',
      },
    },
    {
      id: 'post-reads-query',
      breaks: 'POST /predict reads the query string instead of the JSON body',
      edits: [{file: APP, replace: '        sample = to_sample(json_body())\n        return predict(self.model, [sample])[0]', with: '        sample = to_sample(request.args.to_dict(), from_query=True)\n        return predict(self.model, [sample])[0]'}],
      kills: {'self-check script': 'POST /predict: expected 200'},
    },
    {
      id: 'pin-does-not-exist',
      breaks: 'a pin names a Flask release that does not exist, so pip cannot install it',
      edits: [{file: 'solution/requirements.txt', replace: 'Flask==2.2.2', with: 'Flask==2.2.99'}],
      kills: {'build api': 'docker build failed', 'self-check script': 'docker build failed'},
    },
    {
      id: 'self-check-from-gate-passes',
      breaks: "the self-check's FROM gate always passes",
      edits: [{file: 'check.sh', replace: "grep -Eiq '^[[:space:]]*FROM[[:space:]]+python:3\\.11-slim-bookworm([[:space:]]|$)' \"$folder/Dockerfile\" ||", with: 'true ||'}],
      kills: {'self-check script': 'failed, but not with "The Dockerfile does not start FROM python:3.11-slim-bookworm."'},
    },
  ],
});
