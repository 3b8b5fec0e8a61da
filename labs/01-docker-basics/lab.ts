/**
 * Lab 01: Docker basics. The lab page renders these steps; the lab checker runs them, in order,
 * in a copy of `solution/`, so every command shown is one that CI ran.
 */
import {defineLab, enterFolderStep, selfCheckScripts, selfCheckStep} from '../../lib/labs/manifest';
import {registeredLab} from '../registry';

export default defineLab({
  ...registeredLab('01-docker-basics'),
  images: [{name: 'hello', context: '.'}],
  starter: [{claim: 'todos', file: 'Dockerfile', minTodos: 6}],
  uses: ['debian:trixie-slim'],
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
        'An **image** is a read-only template for containers; `docker pull` downloads one. The tag after the colon pins its version.',
      command: 'docker pull debian:trixie-slim',
      expect: 'debian:trixie-slim',
      offlineCheck: "docker image inspect --format '{{index .RepoTags 0}}' debian:trixie-slim",
    },
    {
      id: 'run-once',
      title: 'Run a container',
      explain:
        '`docker run` starts a **container** from the image and runs your command in it; `--rm` removes the container when the command ends.',
      command: 'docker run --rm debian:trixie-slim echo "Hello from a container"',
      expect: 'Hello from a container',
    },
    {
      id: 'list-images',
      title: 'List your images',
      explain: 'Images stay on your machine after a pull, so the next `docker run` starts at once.',
      command: 'docker image ls debian',
      expect: 'trixie-slim',
      // Only the image this lab pulled: other tags of debian on the machine are not the reader's.
      box: {linesWith: ['REPOSITORY', 'trixie-slim']},
      optional: true,
    },
    {
      id: 'run-detached',
      title: 'Start a container in the background',
      explain: '`--detach` returns at once; `--name` names the container; `sleep infinity` keeps it running.',
      command: 'docker run --detach --name lab01-box debian:trixie-slim sleep infinity',
    },
    {
      id: 'ps',
      title: 'List running containers',
      explain: 'Each running container, with its image, status and name.',
      command: 'docker ps',
      expect: 'lab01-box',
    },
    {
      id: 'exec',
      title: 'Open a shell inside the container',
      explain:
        '`docker exec` runs a command in a running container; `-it` connects your keyboard. At the `#` prompt type `cat /etc/os-release`, then `exit`: the container keeps running.',
      command: 'docker exec -it lab01-box bash',
      check: 'docker exec lab01-box cat /etc/os-release',
      expect: 'VERSION_CODENAME=trixie',
    },
    {
      id: 'stop',
      title: 'Stop the container',
      explain: '`docker stop` asks the container to end. Count the seconds it takes: the next step says why.',
      command: 'docker stop lab01-box',
      expect: 'lab01-box',
      wait: {minutes: 0.2, why: 'docker stop gives sleep 10 seconds to end'},
    },
    {
      id: 'kill',
      title: 'Start it again, then kill it',
      explain:
        "`docker stop` sent SIGTERM, then killed after 10 seconds: `sleep` is the container's first process (PID 1), and PID 1 ignores signals it has no handler for. `docker kill` ends it at once. (With `docker run --init`, a tiny init is PID 1 and passes signals on.)",
      command: 'docker start lab01-box && docker kill lab01-box',
      powershell: 'docker start lab01-box; docker kill lab01-box',
      expect: 'lab01-box',
    },
    {
      id: 'ps-all',
      title: 'See stopped containers too',
      explain: 'A stopped container still exists, with its files and logs: `docker ps --all` lists it as *Exited*.',
      command: 'docker ps --all --filter name=lab01-box',
      expect: 'Exited',
      optional: true,
    },
    {
      id: 'rm',
      title: 'Remove the container',
      explain: '`docker rm` deletes a stopped container and the files written in it. The image stays.',
      command: 'docker rm lab01-box',
      expect: 'lab01-box',
    },
    {
      id: 'write-dockerfile',
      title: 'Write your Dockerfile',
      explain: 'Open `Dockerfile` in a text editor and replace each `TODO` with the one instruction it names. Then show it:',
      command: 'cat Dockerfile',
      powershell: 'Get-Content Dockerfile',
      // No box: it would be the solution's Dockerfile, the exercise's answer. What proves the
      // Dockerfile is the next step, which builds it, and the run after that.
      box: false,
    },
    {
      id: 'build',
      title: 'Build your image',
      explain: '`-t` names and tags the image. The `.` is the build context: this folder, minus what `.dockerignore` lists.',
      command: 'docker build -t hello-docker:1.0 .',
      expect: 'hello-docker:1.0',
      // The FROM line is left out: online it carries the base image's digest, which varies. Sorted:
      // BuildKit runs steps in parallel and prints them as they finish.
      box: {linesWith: ['[2/4]', '[3/4]', '[4/4]', 'naming to'], sorted: true},
      wait: {minutes: 0.25, why: 'the build: it installs nothing, so it takes seconds'},
    },
    {
      id: 'run-image',
      title: 'Run your image',
      explain: "No command after the image name: the container runs the image's `CMD`.",
      command: 'docker run --rm hello-docker:1.0',
      expect: 'Hello, Docker!',
      // Only the greeting: the next line names the base image's Python release, which offline is
      // the stand-in's, not the one a student's image has.
      box: {linesWith: ['Hello, Docker!']},
    },
    {
      id: 'list-your-image',
      title: 'Find your image',
      explain: 'Your image is listed with its tag and size, next to the images you pulled.',
      command: 'docker image ls hello-docker',
      expect: 'hello-docker   1.0',
      optional: true,
    },
    {
      id: 'rmi',
      title: 'Remove your image',
      explain: '`docker rmi` removes the tag, and the layers no other image uses.',
      command: 'docker rmi hello-docker:1.0',
      expect: 'Untagged: hello-docker:1.0',
      // The "Deleted:" lines that follow depend on which layers other images share.
      box: {linesWith: ['Untagged:']},
    },
    selfCheckStep('Go back up to the lab folder (`cd ..`): the self-check builds your image, runs it and checks what this lab asked for.'),
  ],
  checks: [
    {kind: 'steps', name: 'student steps'},
    {kind: 'run-output', name: 'prints the greeting and exits 0', image: 'hello', expectOutput: ['Hello, Docker!'], expectExitCode: 0},
    {kind: 'run-output', name: 'runs as a non-root user', image: 'hello', args: ['id', '-u'], expectOutput: ['1000']},
    selfCheckScripts('The Dockerfile does not start FROM python:3.13-slim-trixie.'),
  ],
});
