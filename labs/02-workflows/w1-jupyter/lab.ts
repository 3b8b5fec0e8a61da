/**
 * Lab 02, workflow 1: a self-contained container. The lab page renders these steps; the lab
 * checker runs them, in order, in a copy of `solution/`.
 */
import {defineLab, enterFolderStep, selfCheckScripts, selfCheckStep} from '../../../lib/labs/manifest';

const CI_TOKEN = 'ci-token-w1';

export default defineLab({
  id: '02-workflows/w1-jupyter',
  title: 'Workflow 1: a self-contained Jupyter container',
  images: [{name: 'notebook', context: '.'}],
  starter: [{claim: 'todos', file: 'Dockerfile', minTodos: 4}],
  resources: {containers: ['w1-jupyter', 'w1-selfcheck'], images: ['w1-analysis:1.0', 'w1-analysis:selfcheck']},
  steps: [
    enterFolderStep('02-workflows/w1-jupyter/starter'),
    {
      id: 'build',
      title: 'Build the image',
      explain: 'Once the `TODO`s of the Dockerfile are done. The notebook, its data and the packages all go into the image.',
      command: 'docker build -t w1-analysis:1.0 .',
      expect: 'w1-analysis:1.0',
      // The image it names: the build's other lines depend on what the cache already had.
      box: {linesWith: ['naming to']},
    },
    {
      id: 'run',
      title: 'Start Jupyter, with a token of your own',
      explain:
        "The token is Jupyter's password: choose your own. Port 8888 of the container is published on port 8890 of your computer, and only there (`127.0.0.1`).",
      command: 'docker run --detach --name w1-jupyter --env JUPYTER_TOKEN=my-secret-token --publish 127.0.0.1:8890:8888 w1-analysis:1.0',
    },
    {
      id: 'open',
      title: 'Open the notebook',
      explain:
        'Open `http://localhost:8890/?token=my-secret-token` in your browser, or run the command. Open `analysis.ipynb` and run it (*Run › Run All Cells*). No page yet? Jupyter is starting: reload.',
      command: 'open "http://localhost:8890/?token=my-secret-token"',
      linux: 'xdg-open "http://localhost:8890/?token=my-secret-token"',
      powershell: 'Start-Process "http://localhost:8890/?token=my-secret-token"',
      run: false,
      notRunBecause: "it opens a browser; the next step asks the same Jupyter's API for its files, with the token",
      screenshots: [
        {
          url: 'http://localhost:8890/notebooks/analysis.ipynb?token=my-secret-token',
          waitFor: 'everything in one image',
          alt: 'Jupyter in the browser with analysis.ipynb open: its title, "Workflow 1: everything in one image", above its first cells',
          file: 'w1-jupyter-notebook.jpg',
        },
      ],
    },
    {
      id: 'api',
      title: 'Ask the server, with and without the token',
      explain:
        "Jupyter's API lists the files it serves. With the token it answers; without, it refuses (403). If curl prints nothing yet, Jupyter is still starting: run it again.",
      command: 'curl -s "http://localhost:8890/api/contents?token=my-secret-token"',
      powershell: 'curl.exe -s "http://localhost:8890/api/contents?token=my-secret-token"',
      expect: '"name": "analysis.ipynb"',
      // The server needs a few seconds to start: CI tries again, as the page tells students to.
      retryFor: 60,
      optional: true,
    },
    {
      id: 'headless',
      title: 'Run the notebook without a browser',
      explain: '`docker exec` runs a command in the running container: here the whole notebook, top to bottom, as a scheduled job would.',
      command: 'docker exec w1-jupyter jupyter nbconvert --to notebook --execute --inplace analysis.ipynb',
      expect: 'Writing',
      box: {linesWith: ['[NbConvertApp]']},
      optional: true,
    },
    {
      id: 'pid1',
      title: 'See who is PID 1',
      explain:
        '`tini` is process 1 and Jupyter its child: tini passes `docker stop` on to Jupyter, and collects the processes that dead kernels leave behind, which Jupyter as PID 1 would not.',
      command: 'docker exec w1-jupyter cat /proc/1/comm',
      expect: 'tini',
      optional: true,
    },
    {
      id: 'remove',
      title: 'Stop and remove the container',
      explain: "What was written inside the container goes with it: that is this workflow's limit.",
      command: 'docker rm --force w1-jupyter',
      expect: 'w1-jupyter',
    },
    selfCheckStep(
      'From `w1-jupyter/` (`cd ..`): the self-check builds your image from `starter/`, starts it, checks the token, the user and PID 1, and runs the notebook headless.',
    ),
  ],
  lintExemptions: [{file: 'starter/Dockerfile', rules: ['non-root-user'], reason: 'switching to the user is TODO 3 of this exercise'}],
  checks: [
    {kind: 'steps', name: 'student steps'},
    {
      kind: 'notebook',
      name: 'the baked-in notebook runs headless in the image',
      image: 'notebook',
      notebook: 'analysis.ipynb',
      expectFiles: ['outputs/field-predictions.csv'],
    },
    {
      kind: 'http',
      name: 'Jupyter answers with the token and refuses without it',
      image: 'notebook',
      containerPort: 8888,
      env: {JUPYTER_TOKEN: CI_TOKEN},
      readyPath: '/api',
      requests: [
        {
          method: 'GET',
          path: `/api/contents/analysis.ipynb?content=0&token=${CI_TOKEN}`,
          expectStatus: 200,
          expectJson: {name: 'analysis.ipynb', type: 'notebook'},
        },
        {method: 'GET', path: '/api/contents/analysis.ipynb?content=0', expectStatus: 403, expectJson: {message: 'Forbidden'}},
        {method: 'GET', path: '/api/contents/analysis.ipynb?content=0&token=wrong', expectStatus: 403, expectJson: {message: 'Forbidden'}},
      ],
    },
    {
      kind: 'run-output',
      name: 'tini is PID 1 and Jupyter runs as a non-root user',
      image: 'notebook',
      args: ['sh', '-c', 'cat /proc/1/comm; id -u'],
      expectOutput: ['tini', '1000'],
    },
    selfCheckScripts('The container stopped (its log is above).'),
  ],
});
