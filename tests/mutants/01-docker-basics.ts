/** Breakages of lab 01 (a first Dockerfile) that the checker must catch. */
import {defineMutants} from '../../scripts/lab-checker/mutants/mutant';

const DOCKERFILE = 'solution/Dockerfile';
const CMD = 'CMD ["python", "hello.py"]';
/** The base image line, whatever version it pins. */
const FROM = /^FROM python:\S+$/m;
/** The self-check's FROM gate, up to the tag it names. */
const FROM_GATE = 'The Dockerfile does not start FROM python:';

export default defineMutants({
  lab: '01-docker-basics',
  mutants: [
    {
      id: 'user-removed',
      breaks: 'the Dockerfile has no USER, so the container runs as root',
      edits: [{file: DOCKERFILE, deleteLines: /^USER learner$/}],
      kills: {
        'lab material follows the course conventions': 'non-root-user',
        'runs as a non-root user': 'expected the output to contain "1000"',
        'self-check script': 'The container runs as root.',
      },
    },
    {
      id: 'cmd-shell-form',
      breaks: 'CMD in shell form, so python is not PID 1 and misses Ctrl-C',
      edits: [{file: DOCKERFILE, replace: CMD, with: 'CMD python hello.py'}],
      kills: {
        'lab material follows the course conventions': 'exec-form-cmd',
        'self-check script': 'CMD is in shell form',
      },
    },
    {
      id: 'cmd-wrong-file',
      breaks: 'CMD runs a file that is not in the image',
      edits: [{file: DOCKERFILE, replace: CMD, with: 'CMD ["python", "main.py"]'}],
      kills: {
        'prints the greeting and exits 0': 'main.py',
        'step run-image': "can't open file",
        'self-check script': 'The container exited with an error',
      },
    },
    {
      id: 'dockerignore-gone',
      breaks: 'the .dockerignore is gone, so everything in the folder goes to the build',
      edits: [{file: 'solution/.dockerignore', delete: true}],
      kills: {
        'lab material follows the course conventions': 'dockerignore-present',
        'self-check script': 'There is no solution/.dockerignore.',
      },
    },
    {
      id: 'program-ignored',
      breaks: 'the .dockerignore leaves out the program, so COPY finds nothing',
      edits: [{file: 'solution/.dockerignore', replace: '*.md', with: '*.md\n*.py'}],
      kills: {
        'build hello': 'hello.py',
        'self-check script': 'docker build failed',
      },
    },
    {
      id: 'wrong-greeting',
      breaks: 'the program prints another greeting',
      edits: [{file: 'solution/hello.py', replace: 'Hello, Docker!', with: 'Hello, world!'}],
      kills: {
        'prints the greeting and exits 0': 'expected the output to contain "Hello, Docker!"',
        'step run-image': 'printed no "Hello, Docker!"',
        'self-check script': 'The container did not print "Hello, Docker!"',
      },
    },
    {
      id: 'from-latest',
      breaks: 'the base image is python:latest, so a rebuild next month gets another Python',
      edits: [{file: DOCKERFILE, replaceMatch: FROM, with: 'FROM python:latest'}],
      kills: {
        'lab material follows the course conventions': 'pinned-base-tag',
        'self-check script': FROM_GATE,
      },
    },
    {
      id: 'from-untagged',
      breaks: 'the base image has no tag, which means latest',
      edits: [{file: DOCKERFILE, replaceMatch: FROM, with: 'FROM python'}],
      kills: {
        'lab material follows the course conventions': 'pinned-base-tag',
        'self-check script': FROM_GATE,
      },
    },
    {
      id: 'self-check-from-gate-passes',
      breaks: "the self-check's FROM gate always passes",
      edits: [
        {
          file: 'check.sh',
          replace: 'grep -Eiq \'^[[:space:]]*FROM[[:space:]]+python:3\\.13-slim-trixie([[:space:]]|$)\' "$folder/Dockerfile" ||',
          with: 'true ||',
        },
      ],
      kills: {'self-check script': 'failed, but not with "The Dockerfile does not start FROM python:3.13-slim-trixie."'},
    },
  ],
});
