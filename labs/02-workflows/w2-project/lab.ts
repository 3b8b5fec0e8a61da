/**
 * Lab 02, workflow 2: a data science project. An image with the environment only; the project
 * folder is mounted, and what the code writes lands in that folder on the host, owned by the host
 * user. The checker runs the mounted steps as uid 1000 and again as another uid (4242).
 */
import {defineLab, enterFolderStep, selfCheckScripts, selfCheckStep} from '../../../lib/labs/manifest';
import {PINS} from '../../requirements/pins';

const RUN = 'docker run --rm --volume "$(pwd)/project:/project" w2-env:1.0';

export default defineLab({
  id: '02-workflows/w2-project',
  title: 'Workflow 2: a project folder mounted into an environment image',
  images: [{name: 'env', context: '.'}],
  starter: [{claim: 'todos', file: 'Dockerfile', minTodos: 4}],
  resources: {images: ['w2-env:1.0', 'w2-env:selfcheck']},
  steps: [
    enterFolderStep('02-workflows/w2-project/starter'),
    {
      id: 'build',
      title: 'Build the environment image',
      explain: 'Once the `TODO`s of the Dockerfile are done. No code and no data go into the image: only Python and the pinned packages.',
      command: 'docker build -t w2-env:1.0 .',
      expect: 'w2-env:1.0',
      // The image it names: the build's other lines depend on what the cache already had.
      box: {linesWith: ['naming to']},
    },
    {
      id: 'train',
      title: "Run the project's code on the project's data",
      explain:
        '`--volume` mounts your `project/` folder at `/project` in the container, where `train.py` runs. `--rm` removes the container when it is done.',
      command: RUN,
      powershell: 'docker run --rm --volume "${PWD}/project:/project" w2-env:1.0',
      linuxOtherUser: 'docker run --rm --user "$(id -u):$(id -g)" --volume "$(pwd)/project:/project" w2-env:1.0',
      expect: 'wrote outputs/metrics.json and outputs/confusion-matrix.png',
      mountsFolder: true,
    },
    {
      id: 'outputs',
      title: 'Find the outputs on your computer',
      explain:
        'The metrics and the figure are files of your folder: open `confusion-matrix.png`. Edit `project/train.py` (`test_size`, say) and run step 3 again: no rebuild, as the code is not in the image.',
      command: 'ls -l project/outputs',
      powershell: 'Get-ChildItem project\\outputs',
      expect: 'confusion-matrix.png',
      mountsFolder: true,
    },
    {
      id: 'owner',
      title: 'Check that they are yours',
      explain:
        '`-n` shows owners as numbers: the third column must be your user id (`id -u`). If it is another number, the container wrote as a different user: on Linux, add the `--user` of step 3. Docker Desktop (macOS, Windows) maps owners for you.',
      command: 'ls -ln project/outputs && id -u',
      powershell: 'Get-ChildItem project\\outputs | Select-Object Name, Length',
      // CI compares the owner with the user it runs as, without reading columns by eye.
      check:
        'test "$(stat -c %u project/outputs/metrics.json)" = "$(id -u)" && test "$(stat -c %u project/outputs/confusion-matrix.png)" = "$(id -u)" && echo "owned by uid $(id -u)"',
      expect: 'owned by uid',
      mountsFolder: true,
      optional: true,
    },
    {
      id: 'metrics',
      title: 'Read the metrics',
      explain: 'The accuracy on the test flowers, and the versions that made it.',
      command: 'cat project/outputs/metrics.json',
      powershell: 'Get-Content project\\outputs\\metrics.json',
      expect: `"scikit-learn": "${PINS.project['scikit-learn']}"`,
      mountsFolder: true,
      optional: true,
    },
    selfCheckStep(
      'From `w2-project/` (`cd ..`): the self-check builds your image from `starter/`, runs `train.py` with `starter/project` mounted, and checks that the outputs are on your computer, owned by you.',
    ),
  ],
  lintExemptions: [{file: 'starter/Dockerfile', rules: ['non-root-user'], reason: 'switching to the user is TODO 2 of this exercise'}],
  checks: [
    {kind: 'steps', name: 'student steps'},
    {
      kind: 'run-output',
      name: 'the image holds the environment, not the project',
      image: 'env',
      args: ['sh', '-c', 'pwd; ls -A /project | wc -l; id -u'],
      expectOutput: ['/project\n0\n1000'],
    },
    selfCheckScripts('The working folder is not /project.'),
  ],
});
