/**
 * Lab 03: train and pickle the model in Jupyter. The lab page renders these steps; the lab checker
 * runs them, in order, in a copy of `solution/`, so every command shown is one that CI ran.
 */
import {defineLab, enterFolderStep, pinsClosedCheck, selfCheckScripts, selfCheckStep} from '../../scripts/lab-checker/manifest';

/** The token CI gives Jupyter; students choose their own (see the `run` step). */
const CI_TOKEN = 'lab03-ci';

export default defineLab({
  id: '03-model',
  title: 'Train and pickle the model',
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
      title: 'Build the Jupyter image',
      explain:
        'From the lab\'s `starter/` folder: the Dockerfile installs the course\'s pinned Python environment (`requirements.txt`: scikit-learn, pandas, Jupyter and every package they need, each at an exact version) and copies the notebook in. The first build takes a minute; later builds reuse the cached layers.',
      command: 'docker build -t iris-notebook:1.0 .',
      expect: 'iris-notebook:1.0',
    },
    {
      id: 'run',
      title: 'Start Jupyter in a container',
      explain:
        '`--publish 127.0.0.1:8890:8888` makes the container\'s port 8888 reachable on your machine\'s port 8890, and only from your machine. 8890, not 8888, so it does not clash with a Jupyter you may already run. `JUPYTER_TOKEN` is the password for this session: pick your own. `--init` starts a tiny init process as PID 1, with Jupyter as its child: it passes on `docker stop`, and it cleans up after kernels that die, which Jupyter as PID 1 would leave behind as zombie processes.',
      command: 'docker run --detach --init --name lab03-jupyter --publish 127.0.0.1:8890:8888 --env JUPYTER_TOKEN=pycon iris-notebook:1.0',
    },
    {
      id: 'logs',
      title: 'Wait until Jupyter is running',
      explain:
        'Jupyter needs a few seconds to start: until then the browser gets "connection reset". Jupyter writes its messages to the container\'s log, and this line says it is ready. If the output does not have it yet, wait a moment and run the command again.',
      command: 'docker logs lab03-jupyter',
      expect: 'Jupyter Notebook 6.4.12 is running at',
      retryFor: 60,
    },
    {
      id: 'open',
      title: 'Open the notebook in your browser',
      explain:
        'Open `http://localhost:8890/?token=pycon` in your browser (the command below does it on macOS; on Linux use `xdg-open`). Open `model.ipynb` and run its cells from the top, then fill in the three exercise cells: save the model, load it back, predict. The last cell tells you when all is well.',
      command: 'open "http://localhost:8890/?token=pycon"',
      powershell: 'Start-Process "http://localhost:8890/?token=pycon"',
      run: false,
      notRunBecause: 'it opens a browser; the next step runs the notebook headless instead, and the check "Jupyter answers and asks for the token" asks the same Jupyter for model.ipynb',
    },
    {
      id: 'run-all',
      title: 'Run the whole notebook from the terminal',
      explain:
        'The same as *Cell → Run All* in the browser, without a browser: `docker exec` runs `jupyter nbconvert` inside the running container, which executes every cell and saves the outputs into the notebook. This is also how CI runs it.',
      command: 'docker exec lab03-jupyter jupyter nbconvert --to notebook --execute --inplace model.ipynb',
      expect: 'Writing',
      optional: true,
    },
    {
      id: 'pid1',
      title: 'See who is PID 1',
      explain:
        '`docker top` lists the container\'s processes. The first is `docker-init`, the init process `--init` added, and Jupyter runs under it (with a kernel for each notebook you opened).',
      command: 'docker top lab03-jupyter',
      expect: 'docker-init',
      optional: true,
    },
    {
      id: 'list-model',
      title: 'Find the model file',
      explain:
        'Exercise 1 saved the model in the container\'s `model/` folder: the pickle, the joblib copy, and a small JSON file with the feature names, the classes and the versions that made it.',
      command: 'docker exec lab03-jupyter ls model',
      expect: 'iris-model.pkl',
      optional: true,
    },
    {
      id: 'copy-model',
      title: 'Copy the model to your machine',
      explain:
        'Files written inside a container stay there. `docker cp` copies the `model/` folder to your current folder, ready for lab 04. (The next section shows how to keep your work on your machine from the start, with a bind mount.)',
      command: 'docker cp lab03-jupyter:/home/learner/work/model .',
    },
    {
      id: 'copy-notebook',
      title: 'Copy your notebook too',
      explain:
        'Your answers to the exercises are in the container\'s copy of `model.ipynb`: save it in Jupyter (or run the step above), then copy it over the one in your folder. The self-check reads that one.',
      command: 'docker cp lab03-jupyter:/home/learner/work/model.ipynb .',
    },
    {
      id: 'check-copy',
      title: 'Check the copy',
      explain: 'The model and the notebook are now on your machine, outside any container.',
      command: 'ls model',
      powershell: 'Get-ChildItem model',
      expect: 'iris-model.pkl',
      optional: true,
    },
    {
      id: 'remove',
      title: 'Stop and remove the container',
      explain: '`--force` stops the container and removes it in one go. Whatever it kept inside (the executed notebook too) goes with it; the copied `model/` folder stays.',
      command: 'docker rm --force lab03-jupyter',
      expect: 'lab03-jupyter',
    },
    {
      id: 'run-mounted',
      title: 'Start Jupyter with your folder mounted',
      explain:
        'Instead of copying files out, mount the folder you are in into the container with `--volume`: the notebook and the `model/` folder it writes are then files of your machine, and stay when the container goes. Run it from `starter/`, after removing the first container.',
      command:
        'docker run --detach --init --name lab03-jupyter --publish 127.0.0.1:8890:8888 --env JUPYTER_TOKEN=pycon --volume "$(pwd):/home/learner/work" iris-notebook:1.0',
      powershell:
        'docker run --detach --init --name lab03-jupyter --publish 127.0.0.1:8890:8888 --env JUPYTER_TOKEN=pycon --volume "${PWD}:/home/learner/work" iris-notebook:1.0',
      linuxOtherUser:
        'docker run --detach --init --name lab03-jupyter --publish 127.0.0.1:8890:8888 --env JUPYTER_TOKEN=pycon --user "$(id -u):$(id -g)" --env HOME=/tmp --volume "$(pwd):/home/learner/work" iris-notebook:1.0',
      mountsFolder: true,
      optional: true,
    },
    {
      id: 'run-all-mounted',
      title: 'Run the notebook on your own files',
      explain:
        'Work in the browser as before (`http://localhost:8890/?token=pycon`), or run every cell from the terminal. Either way Jupyter now reads and saves the `model.ipynb` of your folder.',
      command: 'docker exec lab03-jupyter jupyter nbconvert --to notebook --execute --inplace model.ipynb',
      expect: 'Writing',
      mountsFolder: true,
      optional: true,
    },
    {
      id: 'remove-mounted',
      title: 'Remove the container; your files stay',
      explain: 'The container goes, and everything it wrote into your folder stays: the executed notebook and a fresh `model/`.',
      command: 'docker rm --force lab03-jupyter',
      expect: 'lab03-jupyter',
      mountsFolder: true,
      optional: true,
    },
    {
      id: 'check-mounted',
      title: 'Look at the files the container wrote',
      explain: '`-l` shows who owns each file: you.',
      command: 'ls -l model',
      powershell: 'Get-ChildItem model',
      expect: 'iris-model.pkl',
      mountsFolder: true,
      optional: true,
    },
    selfCheckStep(
      'From the lab folder (the one with `check.sh`): the self-check builds the image from `starter/`, checks that your exercise cells are filled in, runs the notebook from top to bottom inside a container and checks that Jupyter answers. CI runs the same script on the solution.',
    ),
  ],
  checks: [
    {kind: 'steps', name: 'student steps'},
    {
      kind: 'notebook',
      name: 'the solution notebook runs top to bottom and writes the model',
      image: 'notebook',
      notebook: 'model.ipynb',
      expectFiles: ['model/iris-model.pkl', 'model/iris-model.joblib', 'model/iris-model.json'],
      // Lab 04's checks serve this very model from the API image, as students do.
      handOff: ['model/iris-model.pkl', 'model/iris-model.joblib', 'model/iris-model.json'],
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
      args: ['python', '-c', 'import joblib, numpy, sklearn; print("versions", sklearn.__version__, numpy.__version__, joblib.__version__)'],
      expectOutput: ['versions 1.2.1 1.24.2 1.2.0'],
    },
    {
      kind: 'http',
      name: 'Jupyter answers and asks for the token',
      image: 'notebook',
      containerPort: 8888,
      env: {JUPYTER_TOKEN: CI_TOKEN},
      readyPath: '/api',
      requests: [
        {method: 'GET', path: '/api', expectStatus: 200, expectJson: {version: '6.4.12'}},
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
