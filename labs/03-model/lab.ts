/**
 * Lab 03: train and pickle the model in Jupyter. The lab page renders these steps; the lab checker
 * runs them, in order, in a copy of `solution/`, so every command shown is one that CI ran.
 */
import {defineLab, enterFolderStep, pinsClosedCheck, selfCheckScripts, selfCheckStep} from '../../lib/labs/manifest';
import {registeredLab} from '../registry';
import {PINS} from '../requirements/pins';

/** The token CI gives Jupyter; students choose their own (see the `run` step). */
const CI_TOKEN = 'lab03-ci';

export default defineLab({
  ...registeredLab('03-model'),
  images: [
    {name: 'notebook', context: '.'},
    // The starter's image too, to prove its exercise cells are marked and empty.
    {name: 'starter-notebook', context: '../starter'},
  ],
  starter: [{claim: 'builds', context: '.'}],
  resources: {
    containers: ['lab03-jupyter', 'lab03-selfcheck'],
    images: ['iris-notebook:1.0', 'lab03-notebook:selfcheck'],
  },
  steps: [
    enterFolderStep('03-model/starter'),
    {
      id: 'build',
      title: 'Build the Jupyter image, if the setup kit did not',
      explain:
        "The setup kit's prepare-at-home script built `iris-notebook:1.0` at home, so you can skip this. Build it if the next step says *Unable to find image*: the Dockerfile installs the course's pinned Python environment (`requirements.txt`: scikit-learn, pandas, Jupyter and every package they need, each at an exact version) and copies the notebook in. That takes a few minutes the first time; later builds reuse the cached layers.",
      command: 'docker build -t iris-notebook:1.0 .',
      expect: 'iris-notebook:1.0',
      // The image it names: the build's other lines depend on what the cache already had.
      box: {linesWith: ['naming to']},
      optional: true,
    },
    {
      id: 'run',
      title: 'Start Jupyter, with this folder mounted',
      explain:
        "The whole room runs this at the end of the lecture; if you missed it, run it now, from `starter/`. `--volume` mounts the folder you are in into the container: the notebook you edit and the `model/` folder it saves are files on your machine, and they stay when the container goes. `--publish 127.0.0.1:8890:8888` makes Jupyter's port 8888 your machine's port 8890, and only for your machine (8890, not 8888, so it does not clash with a Jupyter of your own). `JUPYTER_TOKEN` is the password for this session: pick your own. `--init` starts a tiny init process as PID 1, with Jupyter as its child: it passes on `docker stop`, and it cleans up after kernels that die.",
      command:
        'docker run --detach --init --name lab03-jupyter --publish 127.0.0.1:8890:8888 --env JUPYTER_TOKEN=pycon --volume "$(pwd):/home/learner/work" iris-notebook:1.0',
      powershell:
        'docker run --detach --init --name lab03-jupyter --publish 127.0.0.1:8890:8888 --env JUPYTER_TOKEN=pycon --volume "${PWD}:/home/learner/work" iris-notebook:1.0',
      linuxOtherUser:
        'docker run --detach --init --name lab03-jupyter --publish 127.0.0.1:8890:8888 --env JUPYTER_TOKEN=pycon --user "$(id -u):$(id -g)" --env HOME=/tmp --volume "$(pwd):/home/learner/work" iris-notebook:1.0',
      mountsFolder: true,
      inLecture: true,
    },
    {
      id: 'logs',
      title: 'If the browser cannot connect yet: wait for Jupyter',
      explain:
        'Jupyter needs a few seconds to start: until then the browser gets "connection reset". Jupyter writes its messages to the container\'s log, and this line says it is ready. If the output does not have it yet, wait a moment and run the command again.',
      command: 'docker logs lab03-jupyter',
      expect: `Jupyter Server ${PINS.notebook['jupyter-server']} is running at`,
      box: {linesWith: ['is running at', 'http://127.0.0.1:8888/']},
      retryFor: 60,
      mountsFolder: true,
      optional: true,
    },
    {
      id: 'open',
      title: 'Open the notebook and do the exercises',
      explain:
        'Open <http://localhost:8890/?token=pycon>, then `model.ipynb`. Run all cells (*Run → Run All Cells*), write the three exercise cells, and run them. The last cell says when all is well.',
      command: 'open "http://localhost:8890/?token=pycon"',
      linux: 'xdg-open "http://localhost:8890/?token=pycon"',
      powershell: 'Start-Process "http://localhost:8890/?token=pycon"',
      run: false,
      notRunBecause:
        'it opens a browser; the next step runs the notebook headless instead, and the check "Jupyter answers and asks for the token" asks the same Jupyter for model.ipynb',
      screenshots: [
        {
          url: 'http://localhost:8890/notebooks/model.ipynb?token=pycon',
          waitFor: 'train and pickle the iris model',
          alt: 'Jupyter in the browser with model.ipynb open: the notebook\'s title, "Lab 03: train and pickle the iris model", above its first cells',
          file: '03-model-notebook.jpg',
        },
      ],
      mountsFolder: true,
    },
    {
      id: 'run-all',
      title: 'Or run the whole notebook from the terminal',
      explain:
        'The same as *Run → Run All Cells* in the browser, without a browser: `docker exec` runs `jupyter nbconvert` inside the running container, which executes every cell and saves the outputs into your `model.ipynb`.',
      command: 'docker exec lab03-jupyter jupyter nbconvert --to notebook --execute --inplace model.ipynb',
      expect: 'Writing',
      box: {linesWith: ['[NbConvertApp]']},
      mountsFolder: true,
      optional: true,
    },
    {
      id: 'pid1',
      title: 'See who is PID 1',
      explain:
        "`docker top` lists the container's processes. The first is `docker-init`, the init process `--init` added, and Jupyter runs under it (with a kernel for each notebook you opened).",
      command: 'docker top lab03-jupyter',
      expect: 'docker-init',
      // The lines under it vary: a kernel runs only once a notebook is open, and the Python path differs between images.
      box: {linesWith: ['UID', 'docker-init']},
      mountsFolder: true,
      optional: true,
    },
    {
      id: 'remove',
      title: 'Stop and remove the container, when you are done',
      explain:
        '`--force` stops the container and removes it in one go. Your notebook and `model/` stay: they are files of your folder, not of the container. Lab 04 does not need Jupyter, so you may also leave it running.',
      command: 'docker rm --force lab03-jupyter',
      expect: 'lab03-jupyter',
      mountsFolder: true,
      optional: true,
    },
    {
      id: 'list-model',
      title: 'See your model on your machine',
      explain:
        'The container is gone; what it wrote into your folder is not. `model/` holds the pickle and a small JSON file with the feature names, the classes and the versions that made it. `-l` lists each file with its owner, size and date.',
      command: 'ls -l model',
      powershell: 'Get-ChildItem model',
      expect: 'iris-model.pkl',
      mountsFolder: true,
      optional: true,
    },
    {
      ...selfCheckStep(
        "The notebook's last cell already checks your work. This script checks it again from scratch, from the lab folder (`cd ..`, the one with `check.sh`): it builds the image from `starter/`, checks that your exercise cells are filled in, runs the notebook from top to bottom in a new container and checks that Jupyter answers. It takes a minute or two.",
      ),
      optional: true,
    },
  ],
  checks: [
    {kind: 'steps', name: 'student steps'},
    {
      kind: 'notebook',
      name: 'the solution notebook runs top to bottom and writes the model',
      image: 'notebook',
      notebook: 'model.ipynb',
      expectFiles: ['model/iris-model.pkl', 'model/iris-model.json'],
      // Lab 04's checks serve this very model from the API image, as students do.
      handOff: ['model/iris-model.pkl', 'model/iris-model.json'],
    },
    {
      kind: 'run-output',
      name: 'the solution fills in every marked exercise',
      image: 'notebook',
      args: ['python', 'check_notebook.py', 'model.ipynb'],
      expectOutput: ['PASS  3 exercise cells, marked and filled in'],
    },
    {
      kind: 'run-output',
      name: 'the starter has its exercise cells marked and empty',
      image: 'starter-notebook',
      args: ['python', 'check_notebook.py', 'model.ipynb', '--starter'],
      expectOutput: ['PASS  3 exercise cells, marked and empty'],
    },
    {kind: 'run-output', name: 'runs as a non-root user', image: 'notebook', args: ['id', '-u'], expectOutput: ['1000']},
    pinsClosedCheck('notebook', '/tmp/requirements.txt'),
    {
      kind: 'run-output',
      name: 'has the pinned model packages',
      image: 'notebook',
      args: [
        'python',
        '-c',
        'import joblib, numpy, sklearn; print("versions", sklearn.__version__, numpy.__version__, joblib.__version__)',
      ],
      expectOutput: [`versions ${PINS.notebook['scikit-learn']} ${PINS.notebook.numpy} ${PINS.notebook.joblib}`],
    },
    {
      kind: 'http',
      name: 'Jupyter answers and asks for the token',
      image: 'notebook',
      containerPort: 8888,
      env: {JUPYTER_TOKEN: CI_TOKEN},
      readyPath: '/api',
      requests: [
        {method: 'GET', path: '/api', expectStatus: 200, expectJson: {version: PINS.notebook['jupyter-server']}},
        {
          method: 'GET',
          path: `/api/contents/model.ipynb?content=0&token=${CI_TOKEN}`,
          expectStatus: 200,
          expectJson: {name: 'model.ipynb', type: 'notebook'},
        },
        {method: 'GET', path: '/api/contents/model.ipynb?content=0', expectStatus: 403, expectJson: {message: 'Forbidden'}},
      ],
    },
    selfCheckScripts("The notebook's exercises are not done yet."),
  ],
});
