/** Breakages of lab 02's workflows that the checker must catch: each workflow is its own lab. */
import {defineMutants} from '../../scripts/lab-checker/mutants/mutant';

export default [
  defineMutants({
    lab: '02-workflows/w1-jupyter',
    mutants: [
      {
        id: 'tini-removed',
        breaks: 'no tini: Jupyter is PID 1 and nothing reaps the kernels it starts',
        edits: [{file: 'solution/Dockerfile', deleteLines: /^ENTRYPOINT \["tini", "--"\]$/}],
        kills: {'tini is PID 1 and Jupyter runs as a non-root user': 'expected the output to contain', 'self-check script': 'PID 1 is not tini.'},
      },
      {
        id: 'runs-as-root',
        breaks: 'the Dockerfile has no USER, so Jupyter would run as root',
        edits: [{file: 'solution/Dockerfile', deleteLines: /^USER analyst$/}],
        kills: {'lab material follows the course conventions': 'non-root-user', 'tini is PID 1 and Jupyter runs as a non-root user': 'expected the output to contain'},
      },
      {
        id: 'data-not-copied',
        breaks: "the notebook's data/ folder is not copied into the image",
        edits: [{file: 'solution/Dockerfile', deleteLines: /^COPY --chown=analyst:analyst data\/ data\/$/}],
        kills: {
          'the baked-in notebook runs headless in the image': 'executing analysis.ipynb failed',
          'self-check script': 'The notebook failed when run headless',
        },
      },
      {
        id: 'token-disabled',
        breaks: "Jupyter's token is switched off, so anyone on the network can run code",
        edits: [{file: 'solution/Dockerfile', replace: '"--no-browser"]', with: '"--no-browser", "--NotebookApp.token="]'}],
        kills: {
          'Jupyter answers with the token and refuses without it': 'expected status 403, got 200',
          'self-check script': 'Without the token, Jupyter answered 200, not 403.',
        },
      },
    ],
  }),
  defineMutants({
    lab: '02-workflows/w2-project',
    mutants: [
      {
        id: 'outputs-inside-container',
        breaks: "train.py writes its outputs inside the container, not into the mounted folder",
        edits: [{file: 'solution/project/train.py', replace: 'outputs = Path("outputs")', with: 'outputs = Path("/tmp/outputs")'}],
        kills: {'step outputs': 'exited with', 'self-check script': 'There is no solution/project/outputs/metrics.json on your computer.'},
      },
      {
        id: 'model-no-better-than-chance',
        breaks: 'train.py fits a model that only guesses the commonest species',
        edits: [
          {
            file: 'solution/project/train.py',
            replace: 'model = LogisticRegression(max_iter=1000, random_state=0).fit(X_train, y_train)',
            with: 'from sklearn.dummy import DummyClassifier\nmodel = DummyClassifier().fit(X_train, y_train)',
          },
        ],
        kills: {'self-check script': 'metrics.json has no accuracy of 0.9 or more'},
      },
      {
        id: 'cmd-wrong-file',
        breaks: 'CMD runs a script the project does not have',
        edits: [{file: 'solution/Dockerfile', replace: 'CMD ["python", "train.py"]', with: 'CMD ["python", "fit.py"]'}],
        kills: {'step train': "can't open file", 'self-check script': 'train.py failed in the container'},
      },
      {
        id: 'project-baked-in',
        breaks: 'files are copied into the project folder of the image, where the mount hides them',
        edits: [{file: 'solution/Dockerfile', replace: 'WORKDIR /project\n', with: 'WORKDIR /project\nCOPY requirements.txt /project/\n'}],
        kills: {'the image holds the environment, not the project': 'expected the output to contain', 'self-check script': 'The image already contains files in /project.'},
      },
    ],
  }),
  defineMutants({
    lab: '02-workflows/w3-data-app',
    mutants: [
      {
        id: 'rows-not-loaded',
        breaks: 'load.sql creates the table but loads none of the CSV',
        edits: [{file: 'solution/db/load.sql', deleteLines: /^COPY iris FROM /}],
        kills: {'the page shows the rows read from Postgres': 'exited with 1', 'self-check script': 'Postgres holds 0 rows, not 150.'},
      },
    ],
  }),
  defineMutants({
    lab: '02-workflows/w4-api',
    mutants: [
      {
        id: 'score-reads-wrong-key',
        breaks: "score.py looks for the predictions under a key the API's answer does not have",
        edits: [{file: 'solution/score.py', replace: 'predictions = response.json()["predictions"]', with: 'predictions = response.json()["results"]'}],
        kills: {
          'the API answers a prediction, and the client scores the CSV': 'exited with 1',
          'self-check script': 'score.py failed (its last lines are above).',
        },
      },
      {
        id: 'port-on-every-interface',
        breaks: "the API's port is published on every network interface",
        edits: [{file: 'solution/compose.yaml', replace: '- "127.0.0.1:${API_PORT:-8087}:8000"', with: '- "${API_PORT:-8087}:8000"'}],
        kills: {'lab material follows the course conventions': 'compose-ports-on-loopback', 'self-check script': 'The API is published on 0.0.0.0'},
      },
    ],
  }),
];
