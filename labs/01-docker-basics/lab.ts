/**
 * Lab 01: Docker basics. The lab page renders these steps; the lab checker runs them, in order,
 * in a copy of `solution/`, so every command shown is one that CI ran.
 */
import {defineLab, enterFolderStep, selfCheckScripts, selfCheckStep} from '../../scripts/lab-checker/manifest';

export default defineLab({
  id: '01-docker-basics',
  title: 'Docker basics',
  images: [{name: 'hello', context: '.'}],
  starter: [{claim: 'todos', file: 'Dockerfile', minTodos: 6}],
  uses: ['debian:bookworm-slim'],
  resources: {
    containers: ['lab01-box'],
    images: ['hello-docker:1.0', 'lab01-hello:selfcheck'],
  },
  steps: [
    enterFolderStep('01-docker-basics/starter'),
    {
      id: 'pull',
      title: 'Pull a small image',
      explain:
        'An **image** is a read-only template for containers. `docker pull` downloads one from a registry (Docker Hub by default). The tag after the colon pins the exact version: Debian 12 "bookworm", in its slim variant.',
      command: 'docker pull debian:bookworm-slim',
      expect: 'debian:bookworm-slim',
      offlineCheck: "docker image inspect --format '{{index .RepoTags 0}}' debian:bookworm-slim",
    },
    {
      id: 'run-once',
      title: 'Run a container',
      explain:
        '`docker run` creates a **container** from the image and starts the command you give it. When the command ends, the container stops; `--rm` removes it straight away.',
      command: 'docker run --rm debian:bookworm-slim echo "Hello from a container"',
      expect: 'Hello from a container',
    },
    {
      id: 'list-images',
      title: 'List your images',
      explain: 'Images stay on your machine after a pull, so the next `docker run` starts at once.',
      command: 'docker image ls debian',
      expect: 'bookworm-slim',
    },
    {
      id: 'run-detached',
      title: 'Start a long-running container in the background',
      explain:
        '`--detach` returns as soon as the container has started and prints its id; `--name` gives it a name you can use instead of the id. `sleep infinity` keeps it running until you stop it.',
      command: 'docker run --detach --name lab01-box debian:bookworm-slim sleep infinity',
    },
    {
      id: 'ps',
      title: 'List running containers',
      explain: '`docker ps` shows the running containers: their id, image, command, status and name.',
      command: 'docker ps',
      expect: 'lab01-box',
    },
    {
      id: 'exec',
      title: 'Open a shell inside the container',
      explain:
        '`docker exec` runs another command in a running container; `-it` connects your keyboard and screen to it. At the `#` prompt type `cat /etc/os-release` to see which system the container runs, then `exit` to leave (the container keeps running).',
      command: 'docker exec -it lab01-box bash',
      check: 'docker exec lab01-box cat /etc/os-release',
      expect: 'VERSION_CODENAME=bookworm',
    },
    {
      id: 'stop',
      title: 'Stop the container',
      explain:
        '`docker stop` asks the main process to end (SIGTERM) and kills it after 10 seconds if it does not. Here `sleep` is the container\'s first process (PID 1), and Linux does not end a PID 1 on a signal it has no handler for: `sleep` has none, so this takes the full 10 seconds. Start a container with `docker run --init …` and a tiny init becomes PID 1 and passes the signal on, so the stop is immediate; programs that handle SIGTERM themselves (gunicorn, Jupyter) stop at once too.',
      command: 'docker stop lab01-box',
      expect: 'lab01-box',
    },
    {
      id: 'ps-all',
      title: 'See stopped containers too',
      explain: 'A stopped container still exists, with its files and logs: `docker ps --all` lists it as *Exited*.',
      command: 'docker ps --all --filter name=lab01-box',
      expect: 'Exited',
    },
    {
      id: 'start',
      title: 'Start it again',
      explain: '`docker start` restarts a stopped container with the same command and the same files.',
      command: 'docker start lab01-box',
      expect: 'lab01-box',
      optional: true,
    },
    {
      id: 'kill',
      title: 'Kill the container',
      explain: '`docker kill` ends the main process at once (SIGKILL), without waiting.',
      command: 'docker kill lab01-box',
      expect: 'lab01-box',
      optional: true,
    },
    {
      id: 'rm',
      title: 'Remove the container',
      explain: '`docker rm` deletes a stopped container and everything written inside it. The image stays.',
      command: 'docker rm lab01-box',
      expect: 'lab01-box',
    },
    {
      id: 'write-dockerfile',
      title: 'Write a Dockerfile',
      explain:
        'In `starter/`, open `Dockerfile` and replace each `TODO` with one instruction: `FROM` the course image, create a user, `WORKDIR`, `COPY hello.py`, `USER`, and `CMD` in exec form. Yours should end up like this one.',
      command: 'cat Dockerfile',
      powershell: 'Get-Content Dockerfile',
      // No expected output: it would only be the file checked against itself. What proves the
      // Dockerfile is the next step, which builds it, and the run after that.
    },
    {
      id: 'build',
      title: 'Build your image',
      explain:
        '`docker build` runs the Dockerfile and stores the result as an image; `-t` names and tags it. The `.` is the build context: the folder sent to Docker (minus what `.dockerignore` lists).',
      command: 'docker build -t hello-docker:1.0 .',
      expect: 'hello-docker:1.0',
      wait: {minutes: 0.25, why: 'the build: it installs nothing, so it takes seconds'},
    },
    {
      id: 'run-image',
      title: 'Run your image',
      explain: 'No command after the image name: the container runs the image\'s `CMD`, prints the greeting and exits.',
      command: 'docker run --rm hello-docker:1.0',
      expect: 'Hello, Docker!',
    },
    {
      id: 'list-your-image',
      title: 'Find your image',
      explain: 'Your image is listed with its tag and size, next to the images you pulled.',
      command: 'docker image ls hello-docker',
      expect: 'hello-docker   1.0',
    },
    {
      id: 'rmi',
      title: 'Remove your image',
      explain: '`docker rmi` removes the tag and the layers no other image uses.',
      command: 'docker rmi hello-docker:1.0',
      expect: 'Untagged: hello-docker:1.0',
    },
    selfCheckStep(
      'From the lab folder, run the self-check on your `starter/` folder: it builds your image, runs it and checks the greeting, the user and the CMD. CI runs the same script on the solution.',
    ),
  ],
  checks: [
    {kind: 'steps', name: 'student steps'},
    {kind: 'run-output', name: 'prints the greeting and exits 0', image: 'hello', expectOutput: ['Hello, Docker!'], expectExitCode: 0},
    {kind: 'run-output', name: 'runs as a non-root user', image: 'hello', args: ['id', '-u'], expectOutput: ['1000']},
    selfCheckScripts('The Dockerfile does not start FROM python:3.11-slim-bookworm.'),
  ],
});
