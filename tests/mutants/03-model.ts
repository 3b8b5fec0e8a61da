/** Breakages of lab 03 (the Jupyter image that trains and pickles the model) that the checker must catch. */
import {defineMutants} from '../../scripts/lab-checker/mutants/mutant';

const NOTEBOOK = 'solution/model.ipynb';

export default defineMutants({
  lab: '03-model',
  gatesWithoutMutant: {
    'The model your notebook saved does not predict':
      'the notebook\'s last cell asserts the same three predictions from the saved pickle, so a notebook whose model predicts wrong stops first, with "The notebook stopped with an error" (proven by exercise-emptied)',
  },
  mutants: [
    {
      id: 'exercise-emptied',
      breaks: 'exercise 3 (predict) is left empty',
      edits: [
        {
          file: NOTEBOOK,
          replace: '    "predictions = loaded_model.predict(new_flowers)"\n',
          with: '',
        },
      ],
      kills: {
        'the solution fills in every marked exercise': 'Exercise 3 is still empty',
        'the solution notebook runs top to bottom and writes the model': "NameError: name 'predictions' is not defined",
        'self-check script': "The notebook's exercises are not done yet.",
      },
    },
    {
      id: 'model-saved-elsewhere',
      breaks: 'the model is saved next to the notebook, not in model/',
      edits: [
        {
          file: NOTEBOOK,
          replace: '"with open(MODEL_DIR / \\"iris-model.pkl\\", \\"wb\\") as file: pickle.dump(model, file)"',
          with: '"with open(\\"iris-model.pkl\\", \\"wb\\") as file: pickle.dump(model, file)"',
        },
        {
          file: NOTEBOOK,
          replace: '"with open(MODEL_DIR / \\"iris-model.pkl\\", \\"rb\\") as file: loaded_model = pickle.load(file)"',
          with: '"with open(\\"iris-model.pkl\\", \\"rb\\") as file: loaded_model = pickle.load(file)"',
        },
      ],
      kills: {
        'the solution notebook runs top to bottom and writes the model': 'Exercise 1: model/iris-model.pkl was not written',
        'self-check script': 'The notebook stopped with an error',
      },
    },
    {
      id: 'user-removed',
      breaks: 'the Dockerfile has no USER, so Jupyter runs as root',
      edits: [{file: 'solution/Dockerfile', deleteLines: /^USER learner$/}],
      kills: {
        'lab material follows the course conventions': 'non-root-user',
        'runs as a non-root user': 'expected the output to contain "1000"',
        'self-check script': 'The container runs as root.',
      },
    },
    {
      id: 'pin-left-out',
      breaks: 'joblib, which scikit-learn needs, is left out of the requirements',
      edits: [{file: 'solution/requirements.txt', deleteLines: /^joblib==/}],
      kills: {'the requirements pin every dependency': 'not pinned: joblib (needed by scikit-learn)'},
    },
    {
      id: 'init-left-out',
      breaks: "the page's docker run has no --init, so Jupyter is PID 1 and nothing reaps dead kernels",
      edits: [
        {
          file: 'lab.ts',
          replace: `'docker run --detach --init --name lab03-jupyter --publish 127.0.0.1:8890:8888 --env JUPYTER_TOKEN=pycon --volume "$(pwd):/home/learner/work" iris-notebook:1.0'`,
          with: `'docker run --detach --name lab03-jupyter --publish 127.0.0.1:8890:8888 --env JUPYTER_TOKEN=pycon --volume "$(pwd):/home/learner/work" iris-notebook:1.0'`,
        },
      ],
      kills: {'step pid1': 'printed no "docker-init"'},
    },
    {
      id: 'folder-not-mounted',
      breaks: "the page's docker run mounts no folder, so the model the notebook saves stays in the container and goes with it",
      edits: [
        {
          file: 'lab.ts',
          replace: `--env JUPYTER_TOKEN=pycon --volume "$(pwd):/home/learner/work" iris-notebook:1.0',\n      powershell:`,
          with: `--env JUPYTER_TOKEN=pycon iris-notebook:1.0',\n      powershell:`,
        },
      ],
      kills: {'step list-model': "ls: cannot access 'model'"},
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
      id: 'metadata-not-written',
      breaks: 'the notebook no longer writes model/iris-model.json, which the API reads',
      edits: [
        {
          file: NOTEBOOK,
          replace: '"(MODEL_DIR / \\"iris-model.json\\").write_text(json.dumps(metadata, indent=2) + \\"\\\\n\\")\\n",',
          with: '"print(metadata)\\n",',
        },
      ],
      kills: {'self-check script': 'The notebook ran but did not write model/iris-model.json.'},
    },
    {
      id: 'jupyter-on-localhost',
      breaks: 'Jupyter listens on 127.0.0.1 inside the container, so -p cannot reach it',
      edits: [{file: 'solution/Dockerfile', replace: '"--ip=0.0.0.0"', with: '"--ip=127.0.0.1"'}],
      kills: {
        'Jupyter answers and asks for the token': 'nothing answered on http://127.0.0.1:',
        'self-check script': 'Jupyter did not answer on port',
      },
    },
    {
      id: 'self-check-prediction-unchecked',
      breaks: 'the self-check no longer asks the saved model for its predictions',
      edits: [{file: 'check.sh', replace: ' && python check_notebook.py --model model/iris-model.pkl', with: ''}],
      kills: {'self-check script': "The loaded model's predictions were not checked"},
    },
    {
      id: 'starter-exercise-filled',
      breaks: "the starter's first exercise cell holds its answer, so students have nothing to write",
      edits: [
        {
          file: 'starter/model.ipynb',
          replace:
            '   "id": "exercise-1",\n   "metadata": {\n    "tags": [\n     "exercise"\n    ]\n   },\n   "outputs": [],\n   "source": []',
          with: '   "id": "exercise-1",\n   "metadata": {\n    "tags": [\n     "exercise"\n    ]\n   },\n   "outputs": [],\n   "source": ["with open(MODEL_DIR / \\"iris-model.pkl\\", \\"wb\\") as file: pickle.dump(model, file)"]',
        },
      ],
      kills: {'the starter has its exercise cells marked and empty': 'exercise 1 should be empty in the starter, but has code'},
    },
  ],
});
