/** Breakages of lab 02's workflows that the checker must catch: each workflow is its own lab. */
import {defineMutants} from '../../scripts/lab-checker/mutants/mutant';

export default [
  defineMutants({
    lab: '02-workflows/w1-jupyter',
    gatesWithoutMutant: {
      'Jupyter does not answer on port 8888':
        "the breakage behind it (Jupyter listening on 127.0.0.1 inside the container) is lab 03's mutant jupyter-on-localhost, which proves lab 03's same gate; here it would add another 60 s wait",
    },
    mutants: [
      {
        id: 'tini-removed',
        breaks: 'no tini: Jupyter is PID 1 and nothing reaps the kernels it starts',
        edits: [{file: 'solution/Dockerfile', deleteLines: /^ENTRYPOINT \["tini", "--"\]$/}],
        kills: {
          'tini is PID 1 and Jupyter runs as a non-root user': 'expected the output to contain',
          'self-check script': 'PID 1 is not tini.',
        },
      },
      {
        id: 'runs-as-root',
        breaks: 'the Dockerfile has no USER, so Jupyter would run as root',
        edits: [{file: 'solution/Dockerfile', deleteLines: /^USER analyst$/}],
        kills: {
          'lab material follows the course conventions': 'non-root-user',
          'tini is PID 1 and Jupyter runs as a non-root user': 'expected the output to contain',
        },
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
        edits: [{file: 'solution/Dockerfile', replace: '"--no-browser"]', with: '"--no-browser", "--IdentityProvider.token="]'}],
        kills: {
          'Jupyter answers with the token and refuses without it': 'expected status 403, got 200',
          'self-check script': 'Without the token, Jupyter answered 200, not 403.',
        },
      },
      {
        id: 'notebook-not-copied',
        breaks: 'the notebook is not copied into the image, so Jupyter serves an empty folder',
        edits: [{file: 'solution/Dockerfile', deleteLines: /^COPY --chown=analyst:analyst analysis\.ipynb \.\/$/}],
        kills: {
          'Jupyter answers with the token and refuses without it': 'expected status 200, got 404',
          'self-check script': 'With the token, Jupyter answered 404, not 200.',
        },
      },
      {
        id: 'root-allowed',
        breaks: "USER removed and Jupyter's refusal to run as root switched off with --allow-root",
        edits: [
          {file: 'solution/Dockerfile', deleteLines: /^USER analyst$/},
          {file: 'solution/Dockerfile', replace: '"--no-browser"]', with: '"--no-browser", "--allow-root"]'},
        ],
        kills: {'lab material follows the course conventions': 'non-root-user', 'self-check script': 'Jupyter runs as root.'},
      },
      {
        id: 'copy-typo',
        breaks: 'a typo in the COPY of requirements.txt, so the image does not build',
        edits: [
          {
            file: 'solution/Dockerfile',
            replace: 'COPY requirements.txt /tmp/requirements.txt',
            with: 'COPY requirement.txt /tmp/requirements.txt',
          },
        ],
        kills: {'build notebook': 'docker build failed', 'self-check script': 'docker build failed'},
      },
      {
        id: 'outputs-written-elsewhere',
        breaks: 'the notebook writes its predictions next to itself, not into outputs/',
        edits: [
          {
            file: 'solution/analysis.ipynb',
            replace: 'field.to_csv(\\"outputs/field-predictions.csv\\", index=False)',
            with: 'field.to_csv(\\"field-predictions.csv\\", index=False)',
          },
        ],
        kills: {'self-check script': 'The notebook ran but wrote no outputs/field-predictions.csv.'},
      },
    ],
  }),
  defineMutants({
    lab: '02-workflows/w2-project',
    gatesWithoutMutant: {
      'Cannot remove the old':
        "needs an outputs folder that the script's user may not delete; the checker runs the script as the folder's owner, so it can always remove it",
      'The outputs belong to':
        'fires where the container writes as a user other than the one running the script; the script passes --user for every uid but 1000, so no breakage of the lab folder makes it fire',
    },
    mutants: [
      {
        id: 'outputs-inside-container',
        breaks: 'train.py writes its outputs inside the container, not into the mounted folder',
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
        kills: {
          'the image holds the environment, not the project': 'expected the output to contain',
          'self-check script': 'The image already contains files in /project.',
        },
      },
      {
        id: 'copy-typo',
        breaks: 'a typo in the COPY of requirements.txt, so the image does not build',
        edits: [
          {
            file: 'solution/Dockerfile',
            replace: 'COPY requirements.txt /tmp/requirements.txt',
            with: 'COPY requirement.txt /tmp/requirements.txt',
          },
        ],
        kills: {'build env': 'docker build failed', 'self-check script': 'docker build failed'},
      },
      {
        id: 'user-removed',
        breaks: 'the image has no USER, so train.py runs as root and the outputs on your computer belong to root',
        edits: [{file: 'solution/Dockerfile', deleteLines: /^USER scientist$/}],
        kills: {
          'lab material follows the course conventions': 'non-root-user',
          'the image holds the environment, not the project': 'expected the output to contain',
          'step owner': 'exited with',
        },
      },
    ],
  }),
  defineMutants({
    lab: '02-workflows/w3-data-app',
    gatesWithoutMutant: {
      'The report does not answer':
        "the app's healthcheck asks the same server, so a report that does not answer stops `up --wait` first, at the gate the starter's own failure proves",
    },
    mutants: [
      {
        id: 'rows-not-loaded',
        breaks: 'load.sql creates the table but loads none of the CSV',
        edits: [{file: 'solution/db/load.sql', deleteLines: /^COPY iris FROM /}],
        kills: {
          'the app waits for a healthy Postgres, and its page shows the rows read from it': 'exited with 1',
          'self-check script': 'Postgres holds 0 rows, not 150.',
        },
      },
      {
        id: 'db-healthcheck-removed',
        breaks: 'Postgres has no healthcheck, so nothing says when it is ready for the app',
        edits: [
          {
            file: 'solution/compose.yaml',
            deleteLines:
              /^ {4}healthcheck:$|^ {6}# --host 127\.0\.0\.1: ready|^ {6}test: \["CMD", "pg_isready"|^ {6}(interval|timeout|retries): /,
          },
        ],
        kills: {'lab material follows the course conventions': 'compose-healthcheck-on-dependency'},
      },
      {
        id: 'depends-on-removed',
        breaks: "the app's depends_on is gone, so it starts while Postgres is still loading the CSV",
        edits: [{file: 'solution/compose.yaml', deleteLines: /^ {4}depends_on:$|^ {6}db:$|^ {8}condition: service_healthy$/}],
        kills: {
          'the app waits for a healthy Postgres, and its page shows the rows read from it':
            'the app started before Postgres was healthy (first: start app)',
        },
      },
      {
        id: 'port-on-every-interface',
        breaks: "the report's port is published on every network interface, so the room can open it",
        edits: [{file: 'solution/compose.yaml', replace: '- "127.0.0.1:${REPORT_PORT:-8086}:8000"', with: '- "${REPORT_PORT:-8086}:8000"'}],
        kills: {'lab material follows the course conventions': 'compose-ports-on-loopback'},
      },
      {
        id: 'preview-limit-left-in',
        breaks: "a LIMIT left in the report's query from a preview, so a species is missing from the page",
        edits: [
          {
            file: 'solution/app/report.py',
            replace: 'FROM iris GROUP BY species ORDER BY species\n',
            with: 'FROM iris GROUP BY species ORDER BY species LIMIT 2\n',
          },
        ],
        kills: {'self-check script': 'The report does not show the 150 flowers Postgres holds.'},
      },
    ],
  }),
  defineMutants({
    lab: '02-workflows/w4-api',
    gatesWithoutMutant: {
      'The API did not answer.':
        "the API's healthcheck asks the same server, so an API that does not answer stops `up --wait` first (proven by healthcheck-wrong-port)",
      'The prediction is not virginica':
        "W4 runs lab 04's image unchanged: a wrong prediction is a lab 04 breakage, which lab 04's mutants make (batch-order-reversed, trained-at-start)",
    },
    mutants: [
      {
        id: 'score-reads-wrong-key',
        breaks: "score.py looks for the predictions under a key the API's answer does not have",
        edits: [
          {
            file: 'solution/score.py',
            replace: 'predictions = response.json()["predictions"]',
            with: 'predictions = response.json()["results"]',
          },
        ],
        kills: {
          'the API answers a prediction, and the client scores the CSV': 'exited with 1',
          'self-check script': 'score.py failed (its last lines are above).',
        },
      },
      {
        id: 'port-on-every-interface',
        breaks: "the API's port is published on every network interface",
        edits: [{file: 'solution/compose.yaml', replace: '- "127.0.0.1:${API_PORT:-8087}:8000"', with: '- "${API_PORT:-8087}:8000"'}],
        kills: {
          'lab material follows the course conventions': 'compose-ports-on-loopback',
          'self-check script': 'The API is published on 0.0.0.0',
        },
      },
      {
        id: 'healthcheck-wrong-port',
        breaks: "the API's healthcheck asks port 5000, where nothing listens, so it never gets healthy",
        edits: [
          {
            file: 'solution/compose.yaml',
            replace: "urlopen('http://127.0.0.1:8000/health', timeout=2)",
            with: "urlopen('http://127.0.0.1:5000/health', timeout=2)",
          },
        ],
        kills: {'self-check script': 'The API did not start healthy'},
      },
      {
        id: 'port-not-published',
        breaks: "the API's ports are left out, so nothing on the computer can call it",
        edits: [
          {
            file: 'solution/compose.yaml',
            deleteLines: /^ {4}ports:$|^ {6}# 127\.0\.0\.1: only this computer|^ {6}- "127\.0\.0\.1:\$\{API_PORT/,
          },
        ],
        kills: {'self-check script': "The API's port 8000 is not published."},
      },
      {
        id: 'score-skips-last-row',
        breaks: 'score.py leaves out the last flower of the CSV (an off-by-one)',
        edits: [
          {file: 'solution/score.py', replace: 'for row in csv.DictReader(file)]', with: 'for row in list(csv.DictReader(file))[:-1]]'},
        ],
        kills: {'self-check script': 'score.py did not score the 12 flowers: 11 flowers scored'},
      },
    ],
  }),
];
