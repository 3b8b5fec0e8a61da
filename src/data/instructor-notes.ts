/**
 * Instructor notes, one per agenda section: how to spend its minutes, what to show, and what
 * usually goes wrong in the room. The instructors page renders them in agenda order.
 *
 * The section's length and clock come from `agenda.ts`: a note splits the section's minutes into
 * slices (which must add up to them) and places cues by minutes into the section, so nothing here
 * restates a length or a time of day. Lab commands are named by their step (`StepRef`), and the
 * page takes the command from the lab's manifest; troubleshooting entries by their anchor.
 */
import type {AgendaSection} from './agenda';
import {manifests, type ManifestId} from '../../labs/registry';

/** The entries of the troubleshooting page (`docs/course/troubleshooting.mdx`), by anchor, with their headings. */
export const troubleshootingEntries = {
  'port-clashes': 'Port is already allocated',
  'docker-socket-permissions': 'Permission denied on the Docker socket',
  'daemon-not-running': 'Cannot connect to the Docker daemon',
  'pull-rate-limit': 'A pull fails with `toomanyrequests`',
  'crlf-line-endings': 'Scripts fail with `\\r` or "no such file or directory"',
  'apple-silicon': 'Apple Silicon (M1–M4 Macs)',
  'exec-format-error': '`exec format error`',
  'windows-paths': 'Windows: paths in bind mounts, and slow mounts',
  'disk-space': 'No space left on device',
  'bind-mount-permissions': 'Permission denied in a mounted folder',
  'proxies-and-vpns': 'Behind a company proxy, or on a VPN',
  'certificate-verify-failed': 'pip fails with `CERTIFICATE_VERIFY_FAILED`',
  'docker-desktop-licence': "Docker Desktop's licence, and the free alternatives",
  'stale-image': 'A change to my code does not show up',
} as const;

export type TroubleshootingAnchor = keyof typeof troubleshootingEntries;


/** A step of a lab, by the manifest's id and the step's id (`labs/<lab>/lab.ts`). */
export interface StepRef {
  readonly manifest: ManifestId;
  readonly step: string;
}

/**
 * In prose, `{{<manifest>#<step>}}` stands for that step's command: the page writes the command
 * from the lab's manifest and links it to the step, so a lab command is never typed here.
 */
export const STEP_TOKEN = /\{\{([^#{}]+)#([^#{}]+)\}\}/g;

/** The steps a piece of prose names with `{{<manifest>#<step>}}`, unchecked. */
export function stepTokensOf(text: string): {readonly manifest: string; readonly step: string}[] {
  return [...text.matchAll(STEP_TOKEN)].map((m) => ({manifest: m[1] ?? '', step: m[2] ?? ''}));
}

/** A share of the section's minutes. */
export interface TimeSlice {
  readonly minutes: number;
  readonly what: string;
}

/** Something to say to the room once `after` minutes of the section have passed. */
export interface Cue {
  readonly after: number;
  readonly say: string;
}

export interface Timing {
  /** The section's minutes, in order; they add up to the agenda's minutes for the section. */
  readonly plan: readonly TimeSlice[];
  readonly cues?: readonly Cue[];
}

/** One thing to show: a lab step, whose command the page takes from the lab, or anything else, in words. */
export type DemoItem =
  | {readonly kind: 'step'; readonly step: StepRef; readonly say: string}
  | {readonly kind: 'show'; readonly text: string};

export interface PainPoint {
  /** What the room sees. */
  readonly problem: string;
  /** What to tell them. */
  readonly fix: string;
  readonly troubleshooting?: TroubleshootingAnchor;
  readonly step?: StepRef;
}

export interface InstructorNote {
  /** The agenda section's `number`. */
  readonly section: number;
  readonly timing: Timing;
  /** For a break: what to check while the room rests. */
  readonly demo: readonly DemoItem[];
  readonly pitfalls: readonly PainPoint[];
}

const step = (manifest: ManifestId, id: string): StepRef => ({manifest, step: id});
const demoStep = (manifest: ManifestId, id: string, say: string): DemoItem => ({kind: 'step', step: step(manifest, id), say});
const show = (text: string): DemoItem => ({kind: 'show', text});

export const instructorNotes: readonly InstructorNote[] = [
  {
    section: 1,
    timing: {
      plan: [
        {minutes: 1, what: 'Welcome the room and ask the two show-of-hands questions on the first slide; set your pace by the answers.'},
        {minutes: 1, what: 'Introduce yourselves on the presenters slide: two sentences each, and how to reach you afterwards.'},
        {minutes: 1, what: 'Credit the original authors in a sentence (their credits slide and *The next three hours*, the agenda, are in the deck\'s appendix), and give the shape of the afternoon: short lectures, each followed by a lab.'},
      ],
    },
    demo: [
      show('No terminal yet. Say that every lab has a `starter/` to work in, a `solution/` to compare with and a self-check; the agenda\'s lab rows are on the course outline page.'),
      show('Before the session, put your names in `src/data/presenter.ts`, so the presenters slide shows you and not the course\'s original authors.'),
    ],
    pitfalls: [
      {
        problem: 'Half the room starts Docker Desktop only when the first command fails.',
        fix: 'Say in your first sentence: "Start Docker now." It takes a while to start, and the setup check in the next section needs it running.',
        troubleshooting: 'daemon-not-running',
      },
      {
        problem: 'The presenters slide names the original authors while someone else presents.',
        fix: '`src/data/presenter.ts` was not edited for this run. Correct it on the spot ("the course was written by…, today you have us") and fix the file before the next run.',
      },
    ],
  },
  {
    section: 2,
    timing: {
      plan: [
        {minutes: 1, what: '*What you need*: Docker with Compose v2, Git, a terminal, and the course material cloned or downloaded.'},
        {minutes: 1, what: '*Not pulled yet?*: those without the images log in and start the pulls now, while you talk on (the appendix slide *Docker Hub counts your pulls* says why they log in first).'},
      ],
    },
    demo: [
      show('Run the two version commands of *What you need* on the projector: `docker version` must show a **Server** section, `docker compose version` a v2.'),
      show('Run the setup check command of *Not pulled yet?* and show its last line, *Docker works!*: it starts a real container, which `docker --version` does not.'),
    ],
    pitfalls: [
      {
        problem: '`docker version` prints the Client section, then an error about the daemon.',
        fix: 'Docker is installed but not running: start Docker Desktop (Linux: `sudo systemctl start docker`) and wait until the engine runs.',
        troubleshooting: 'daemon-not-running',
      },
      {
        problem: 'On Linux, `permission denied while trying to connect to the Docker daemon socket`.',
        fix: 'The user is not in the `docker` group: `sudo usermod -aG docker "$USER"`, then log out and back in (or `newgrp docker` in that terminal).',
        troubleshooting: 'docker-socket-permissions',
      },
      {
        problem: '`docker compose version` fails, but `docker-compose` works.',
        fix: 'That is the retired Compose v1, which the labs do not use. Update Docker Desktop; on Linux, install the Compose plugin from Docker\'s own package repository (Before the tutorial, step 1), not the distribution\'s `docker-compose` package.',
      },
      {
        problem: 'Pulls stop with `toomanyrequests`: the room shares one address, and its anonymous allowance is gone.',
        fix: '`docker login` with a free account and pull again, or take the image file of the right architecture from a USB stick, as the offline plan above says.',
        troubleshooting: 'pull-rate-limit',
      },
      {
        problem: 'Someone has neither cloned nor downloaded the course material.',
        fix: 'They do it now, from the Downloads page: without it nobody can start lab 01.',
      },
    ],
  },
  {
    section: 3,
    timing: {
      plan: [
        {minutes: 1, what: 'The data science loop: every arrow is a hand-over where work can stop working.'},
        {minutes: 2, what: '*"It works on my machine"*: reveal the items one by one and ask who has lived through them.'},
        {minutes: 1, what: '*Full-stack reproducibility* and *What Docker adds*, honest about the limits (seeds, changing data, unpinned tags).'},
        {minutes: 1, what: 'The knowledge check: let two or three people answer the first question before you reveal it.'},
      ],
    },
    demo: [
      show('No terminal demo: this block is the why. Keep the pulls of the previous section running in the background; a helper walks to the raised hands from the *Ready?* slide.'),
      show('On *Full-stack reproducibility*, point at which layer Git, a pinned requirements file and the image each cover: the labs pin every package exactly, and one base image by its tag.'),
    ],
    pitfalls: [
      {
        problem: 'The stories of "it worked on my machine" run long.',
        fix: 'Take two, then move on: the knowledge check is worth more than a third story, and the labs are where people learn.',
      },
      {
        problem: 'The setup check a student ran in the previous section fails on a port, naming a program or a container that holds it.',
        fix: 'A helper goes to them now: stop that container, or pick another host port for that lab. The check names which lab needs the port.',
        troubleshooting: 'port-clashes',
      },
      {
        problem: 'Pulls or the setup check fail behind a company VPN or proxy.',
        fix: 'Disconnect the VPN for the afternoon, or set the proxy in Docker Desktop\'s settings; otherwise hand them the image file on a USB stick.',
        troubleshooting: 'proxies-and-vpns',
      },
    ],
  },
  {
    section: 4,
    timing: {
      plan: [
        {minutes: 4, what: 'What Docker is, containers vs virtual machines, where it helps, and how the client talks to the daemon.'},
        {minutes: 3, what: 'Registries and tags, images and layers, `docker commit` vs a Dockerfile.'},
        {minutes: 4, what: 'Lab 01\'s Dockerfile line by line (briefly: students write it themselves), then the live build and run.'},
        {minutes: 2, what: 'The command table (say it is on the cheatsheet, do not read it), with the two live commands below.'},
        {minutes: 2, what: '*Best practices: the short list*, then the knowledge check. One slide per practice is in the deck\'s appendix, for after the tutorial.'},
      ],
      cues: [{after: 11, say: 'If you have not reached the command table yet, keep the live build short: students repeat it in the lab right after.'}],
    },
    demo: [
      demoStep('01-docker-basics', 'build', 'In `labs/01-docker-basics/solution`. Run it a second time: the steps say CACHED. Change the greeting in `hello.py` and build again: only the `COPY` step and those after it run. The slide shows this very step, with the lab\'s tag.'),
      demoStep('01-docker-basics', 'run-image', 'No command after the image name: the container runs the image\'s `CMD`, prints the greeting and exits.'),
      demoStep('01-docker-basics', 'run-detached', 'A container to look into, for the next two commands.'),
      demoStep('01-docker-basics', 'ps', 'Point at the NAMES and STATUS columns.'),
      demoStep('01-docker-basics', 'exec', 'Inside, `whoami` and `ls`, then `exit`: the container keeps running. Remove it afterwards with `docker rm --force lab01-box`, or the lab\'s first `docker run --name lab01-box` on your machine will clash.'),
    ],
    pitfalls: [
      {
        problem: 'A student runs along with the demo and gets `Cannot connect to the Docker daemon`.',
        fix: 'The client works, the daemon does not run: start Docker Desktop. The deck\'s architecture slide explains exactly this message.',
        troubleshooting: 'daemon-not-running',
      },
      {
        problem: 'Owners of Apple silicon Macs ask whether the course images run for them.',
        fix: 'Yes, natively: every course image exists for `arm64`, and `docker pull` picks it. `exec format error` only comes from an image made for the other processor, such as a colleague\'s or a file of the wrong architecture.',
        troubleshooting: 'apple-silicon',
      },
      {
        problem: 'The block overruns.',
        fix: 'Shorten the command table (it is on the cheatsheet) before you shorten the live build, which students repeat in the lab right after. The best-practice details are in the appendix, after the closing slide: leave them there.',
      },
    ],
  },
  {
    section: 5,
    timing: {
      plan: [
        {minutes: 2, what: 'Open the lab page on the projector: where the lab folder is, Part 1 (the life of a container) and Part 2 (the first Dockerfile).'},
        {minutes: 16, what: 'Hands-on: Part 1, then the Dockerfile in `starter/`. Helpers walk the room.'},
        {minutes: 2, what: 'Everyone runs the self-check; then say where the solution is and move on.'},
      ],
      cues: [
        {after: 10, say: '"Whatever step you are on in Part 1, skip to Part 2 now: the Dockerfile is the part you need this afternoon." The optional steps can wait.'},
        {after: 16, say: '"Stuck in the Dockerfile? Open `solution/Dockerfile` and compare it with yours line by line, then build."'},
        {after: 18, say: '"Run the self-check now, from the lab folder."'},
      ],
    },
    demo: [
      demoStep('01-docker-basics', 'stop', 'Warn before they get there: this takes the full 10 seconds, on purpose. The next step (kill), once they have seen it, explains why (PID 1).'),
      demoStep('01-docker-basics', 'self-check', 'Show where to run it (the lab folder, next to `check.sh`) and what success looks like; PowerShell users run `check.ps1`.'),
    ],
    pitfalls: [
      {
        problem: '{{01-docker-basics#stop}} seems to hang.',
        fix: 'It waits 10 seconds because `sleep` as PID 1 ignores SIGTERM. Expected: the step asks them to count the seconds, the next step (kill) explains why, and `docker run --init` is the cure.',
        step: step('01-docker-basics', 'stop'),
      },
      {
        problem: '`Conflict. The container name "/lab01-box" is already in use` on a second try.',
        fix: 'A container of that name exists, maybe stopped: `docker rm --force lab01-box`, then run the step again.',
        step: step('01-docker-basics', 'run-detached'),
      },
      {
        problem: 'The self-check fails with *The Dockerfile does not start FROM python:3.13-slim-trixie*.',
        fix: 'They wrote `FROM python` or another tag. The course uses one pinned base image everywhere: `python:3.13-slim-trixie`.',
        step: step('01-docker-basics', 'write-dockerfile'),
      },
      {
        problem: '`./check.sh: Permission denied`; or, on Windows, `check.ps1 cannot be loaded because running scripts is disabled`.',
        fix: 'Run it as `bash check.sh`. In PowerShell, first `Set-ExecutionPolicy -Scope Process -ExecutionPolicy Bypass` in the same window.',
        step: step('01-docker-basics', 'self-check'),
      },
      {
        problem: 'In Git Bash or WSL on Windows, `check.sh` fails with `bash\\r: No such file or directory`.',
        fix: 'An editor saved the script with CRLF line endings. Convert it in place (the entry has the command for each system); the course\'s own checkout and ZIP keep it LF.',
        troubleshooting: 'crlf-line-endings',
      },
      {
        problem: '{{01-docker-basics#pull}} fails with `toomanyrequests`.',
        fix: 'The image should have come with the pre-pull script. Log in and pull again, or load the image file from a USB stick.',
        troubleshooting: 'pull-rate-limit',
      },
    ],
  },
  {
    section: 6,
    timing: {
      plan: [
        {minutes: 2, what: 'The four workflows table: what goes into the image, what stays outside. In the lab, everyone does workflows 1 and 2; 3 and 4 are for after the tutorial.'},
        {minutes: 6, what: 'Workflow 1 and its live run: the token, `--ip=0.0.0.0`, the host port; then tini and `--init`, starting from lab 01\'s slow `docker stop`.'},
        {minutes: 3, what: 'Workflow 2, the everyday one: the bind mount, both shells, who owns the files.'},
        {minutes: 2, what: 'Workflows 3 and 4 at the level of the picture: Compose comes after the break, the API in lab 04.'},
        {minutes: 2, what: '*Ports and mounts* ("outside:inside"), the knowledge check, and the lab slide: workflows 1 and 2 in class, 3 and 4 take-home.'},
      ],
    },
    demo: [
      demoStep('02-workflows/w1-jupyter', 'build', 'In `labs/02-workflows/w1-jupyter/solution`. Build it before the session: the package install over conference WiFi is slow, and slower on Apple silicon.'),
      demoStep('02-workflows/w1-jupyter', 'run', 'Say twice: Jupyter\'s log prints the container\'s port, 8888; the browser needs the host port, 8890.'),
      demoStep('02-workflows/w1-jupyter', 'api', 'With the token, the list of files; then drop `?token=…` from the address and show the refusal.'),
      demoStep('02-workflows/w2-project', 'train', 'Show the bash and the PowerShell forms side by side (`$(pwd)` and `${PWD}`), then the outputs appearing in `project/outputs` on your disk.'),
      demoStep('02-workflows/w1-jupyter', 'remove', 'Before you hand over: lab 03 publishes the same host port, 8890.'),
    ],
    pitfalls: [
      {
        problem: 'Students open `localhost:8888` because Jupyter\'s log says so, and get nothing (or their own Jupyter).',
        fix: 'The container\'s 8888 is published on 8890 of the laptop: the left number of `--publish` is the one for the browser.',
        step: step('02-workflows/w1-jupyter', 'run'),
      },
      {
        problem: 'The live run fails with `port is already allocated` on 8890.',
        fix: 'Something of yours already holds it: {{01-docker-basics#ps}} shows a container from a rehearsal; remove it, or change only the left number.',
        troubleshooting: 'port-clashes',
      },
      {
        problem: 'Questions on Linux: "the container wrote files I cannot delete".',
        fix: 'The image\'s user is uid 1000; a Linux user with another id adds `--user "$(id -u):$(id -g)"`. Docker Desktop maps owners by itself.',
        troubleshooting: 'bind-mount-permissions',
      },
    ],
  },
  {
    section: 7,
    timing: {
      plan: [
        {minutes: 1, what: 'Say the core path: workflow 1, then workflow 2. Workflows 3 and 4 are for after the tutorial.'},
        {minutes: 8, what: 'Workflow 1: the Dockerfile\'s TODOs, build, run with a token, open the notebook.'},
        {minutes: 8, what: 'Workflow 2: the environment image, the mounted project, the outputs on the laptop.'},
        {minutes: 3, what: 'The self-check of each workflow done, and {{02-workflows/w1-jupyter#remove}} before the break.'},
      ],
      cues: [
        {after: 9, say: '"Move on to workflow 2 now, even if the notebook of workflow 1 is not finished: workflow 2 is the one you will use every day."'},
        {after: 17, say: '"Run the self-check of the workflow you finished, in its folder, then remove the Jupyter container: lab 03 needs port 8890."'},
      ],
    },
    demo: [
      show('Put the side-by-side table of the lab page on the projector and leave it there: it answers most "which folder, which image" questions.'),
      demoStep('02-workflows/w2-project', 'owner', 'Show what "the outputs are yours" looks like: the owner column equals `id -u`.'),
    ],
    pitfalls: [
      {
        problem: 'The browser asks Jupyter for a password or token.',
        fix: 'It is the `JUPYTER_TOKEN` they chose in `docker run`; open the address with `?token=…` at the end.',
        step: step('02-workflows/w1-jupyter', 'run'),
      },
      {
        problem: 'Workflow 2 on Linux: `PermissionError: [Errno 13] Permission denied: \'outputs\'`.',
        fix: 'Their user id is not 1000: use the Linux variant of the step, with `--user "$(id -u):$(id -g)"`.',
        troubleshooting: 'bind-mount-permissions',
        step: step('02-workflows/w2-project', 'train'),
      },
      {
        problem: 'In PowerShell, `$(pwd)` mounts nothing or fails; in Git Bash the container path turns into `C:/Program Files/Git/…`.',
        fix: 'PowerShell: use the step\'s `${PWD}` form. Git Bash: put `MSYS_NO_PATHCONV=1` in front of the command.',
        troubleshooting: 'windows-paths',
      },
      {
        problem: 'Someone reaches workflow 4 and {{02-workflows/w4-api#api-image}} lists nothing.',
        fix: 'Workflow 4 runs the image of lab 04, built after the break (or by the prepare-at-home script). Send them back to workflow 2, or to workflow 3.',
        step: step('02-workflows/w4-api', 'api-image'),
      },
    ],
  },
  {
    section: 8,
    timing: {
      plan: [
        {minutes: 10, what: 'The room rests; you and the helpers go to the laptops that failed a lab or the setup check.'},
        {minutes: 5, what: 'Get the second half ready: your lab 03 and lab 04 demos, and the projector on the project deck.'},
      ],
      cues: [{after: 10, say: '"Back in five minutes. If the setup check says lab 03\'s image is not built, start its build now: the next lecture ends by starting it."'}],
    },
    demo: [
      demoStep('03-model', 'build', 'Only for those whose setup check says `iris-notebook:1.0` is missing (no prepare-at-home script): they start it in `labs/03-model/starter` at the start of the break, since it installs Jupyter and the pinned packages. The next lecture ends with the room starting this image.'),
      show('Ask who has run the setup check again since the morning: it now also says which lab images are built.'),
      demoStep('02-workflows/w1-jupyter', 'remove', 'Look at {{01-docker-basics#ps}} on the laptops you visit: a workflow 1 container still running holds port 8890, which lab 03 needs.'),
      show('Check your own machine: {{05-data-app#api-image}} for the Compose demos (the lab 04 demo makes the image if it is missing), and the lab 03 image built.'),
    ],
    pitfalls: [
      {
        problem: 'The whole room builds at once and pip downloads crawl over the WiFi.',
        fix: 'Students who ran the prepare-at-home script build from the cache and need no network for the packages; pair the others with them, or let them follow lab 03 on a neighbour\'s screen.',
      },
      {
        problem: 'A build or pull stops with `no space left on device`.',
        fix: '`docker system df` shows what Docker uses; `docker system prune` frees stopped containers and dangling images. Not `--volumes`, which would delete data of lab 05 later.',
        troubleshooting: 'disk-space',
      },
      {
        problem: 'The break overruns while helpers are still at laptops.',
        fix: 'Start on time: the next block is a lecture, so a student who joins a few minutes late misses no hands-on work.',
      },
    ],
  },
  {
    section: 9,
    timing: {
      plan: [
        {minutes: 2, what: 'The map of the rest of the afternoon: lab 03 makes the model file, lab 04 serves it, lab 05 plugs it into the application.'},
        {minutes: 3, what: 'The iris classifier as a Pipeline, and serialization with `pickle` and joblib.'},
        {minutes: 2, what: '*Pickles come with strings attached*: version mismatch, and never unpickling what a user uploads.'},
        {minutes: 2, what: 'REST in one slide, the four endpoints, and the `requests` calls students will use in lab 04.'},
        {minutes: 1, what: 'The room starts Jupyter for lab 03, then the quick knowledge check while it starts.'},
      ],
    },
    demo: [
      show('No terminal until the end: on the map slide, point at which lab makes which box.'),
      demoStep('03-model', 'run', 'The slide before the knowledge check shows this step\'s commands, with the `cd` before it: everyone runs them, you too, so that Jupyter is up when the lab starts. Walk the room once: a `docker run` that answers *Unable to find image* needs the image built first.'),
      show('On *Talking to an API from Python*, show the last call: a 400 with a JSON body naming the field. The wording is the lab 04 API\'s own, and lab 04\'s checks require it.'),
    ],
    pitfalls: [
      {
        problem: 'Someone asks why `pip install sklearn` fails.',
        fix: 'The package is `scikit-learn`; the import is `sklearn`. The `sklearn` name on PyPI is a deprecated dummy that refuses to install.',
      },
      {
        problem: 'Code from an old tutorial stops at `from sklearn.externals import joblib`.',
        fix: 'That was removed from scikit-learn years ago: `pip install joblib` and `import joblib`.',
      },
      {
        problem: '"Why pin scikit-learn in two images?"',
        fix: 'A pickle loads reliably only with the versions that made it; lab 04\'s API logs a warning, or fails, otherwise. The notebook and the API images pin the same model packages.',
      },
    ],
  },
  {
    section: 10,
    timing: {
      plan: [
        {minutes: 1, what: 'Open Jupyter in the browser (it runs since the lecture) and run the notebook from the top.'},
        {minutes: 3, what: 'The three one-line exercise cells: save the model, load it back, predict.'},
        {minutes: 1, what: 'The last cell passes: the model is in `starter/model/` on their machine, for lab 04.'},
      ],
      cues: [{after: 4, say: '"Run the last cell: when it says All exercise checks passed, your model is on your machine, ready for lab 04."'}],
    },
    demo: [
      demoStep('03-model', 'open', 'Show the token in the address; then open `model.ipynb` and run it from the top.'),
      demoStep('03-model', 'list-model', 'Optional, at the end: the model is a file in the student\'s own folder, which is where lab 04\'s starter copies it from.'),
    ],
    pitfalls: [
      {
        problem: '`port is already allocated` on 8890.',
        fix: 'Most often workflow 1\'s Jupyter from lab 02 still runs: {{02-workflows/w1-jupyter#remove}}. Otherwise pick another host port, as the lab page\'s tip shows.',
        troubleshooting: 'port-clashes',
        step: step('02-workflows/w1-jupyter', 'remove'),
      },
      {
        problem: 'The browser says "connection reset" or asks for a token.',
        fix: 'Jupyter needs a few seconds: wait for the log line of the *logs* step. The token is `pycon` unless they chose another in `JUPYTER_TOKEN`.',
        step: step('03-model', 'logs'),
      },
      {
        problem: '`Conflict. The container name "/lab03-jupyter" is already in use`.',
        fix: 'A container of that name exists, maybe stopped, maybe started from another folder: {{03-model#remove}}, then start it again from `labs/03-model/starter`.',
        step: step('03-model', 'remove'),
      },
      {
        problem: 'Jupyter lists an empty folder, or a folder without `model.ipynb`.',
        fix: 'They ran `docker run` in another folder, which is what the mount shares. Remove the container, `cd` into `labs/03-model/starter` and start it again.',
        step: step('03-model', 'run'),
      },
      {
        problem: 'On Linux, saving the model fails with `PermissionError`.',
        fix: 'Their user id is not 1000: use the Linux variant of the `docker run` step.',
        troubleshooting: 'bind-mount-permissions',
        step: step('03-model', 'run'),
      },
      {
        problem: '`Unable to find image \'iris-notebook:1.0\' locally`: the image was never built (no prepare-at-home, slow WiFi).',
        fix: 'They build it ({{03-model#build}}) and follow on a neighbour\'s screen meanwhile; lab 04 needs only the two files of `model/`, which a neighbour can share.',
        step: step('03-model', 'build'),
      },
    ],
  },
  {
    section: 11,
    timing: {
      plan: [
        {minutes: 2, what: 'From notebook to API, the Flask-RESTful pattern; open the solution\'s `app.py` and scroll through it. Its bad-input handling is in `api_errors.py`, which students only read if they want to.'},
        {minutes: 2, what: 'The Dockerfile: environment first (for the cache), then code, user, healthcheck and gunicorn\'s command.'},
        {minutes: 4, what: 'Live: build, run, wait for *healthy*, call it.'},
        {minutes: 2, what: '*When it does not work*, the knowledge check, and the reminder that lab 04\'s starter needs the model from lab 03.'},
      ],
    },
    demo: [
      demoStep('04-rest-api', 'build', 'In `labs/04-rest-api/solution`: its first stage trains the model, so it builds without lab 03. It also gives your machine the `iris-api:1.0` that the Compose demos use later.'),
      demoStep('04-rest-api', 'run', 'Say why 8080 and not Flask\'s usual 5000: macOS\'s AirPlay receiver holds 5000. The slide shows the lab\'s own command, container `lab04-api`, so your `docker logs` matches what students type.'),
      demoStep('04-rest-api', 'healthy', 'Run it until it shows *(healthy)*: the image\'s HEALTHCHECK, which Compose waits for in lab 05.'),
      demoStep('04-rest-api', 'client', 'Good and bad requests, each with PASS or FAIL, run inside the container, so nobody fights pip on their laptop.'),
      demoStep('04-rest-api', 'remove', 'Clear the name and the port before the students start.'),
    ],
    pitfalls: [
      {
        problem: 'Students who publish Flask\'s default 5000 on a Mac get `address already in use`.',
        fix: 'macOS\'s AirPlay receiver listens on 5000. Keep the lab\'s 8080, or any free host port.',
        troubleshooting: 'port-clashes',
      },
      {
        problem: 'curl says `Connection reset by peer` or `Empty reply from server`, not "connection refused".',
        fix: 'The port is published but nothing answers inside: gunicorn binds `127.0.0.1` instead of `0.0.0.0`, or is still starting.',
      },
      {
        problem: 'The container exits at once, or turns *unhealthy*.',
        fix: '`docker ps -a`, then {{04-rest-api#logs}}: most often `model file not found`, the model was not in `model/` when they built.',
        step: step('04-rest-api', 'copy-model'),
      },
      {
        problem: 'A `UserWarning: Trying to unpickle estimator … from version …`, or wrong predictions.',
        fix: 'The model was pickled with other package versions: build both labs from their `requirements.txt` as given.',
      },
    ],
  },
  {
    section: 12,
    timing: {
      plan: [
        {minutes: 1, what: 'Copy the model from lab 03 into `starter/model/` (no model: the fallback step makes one in lab 03\'s image).'},
        {minutes: 5, what: 'The four one-line TODOs: in `app.py`, load and predict (from the notebook); in the Dockerfile, copy `model/` and the `CMD`.'},
        {minutes: 2, what: 'Build and run.'},
        {minutes: 2, what: 'Call it with the client, then the self-check.'},
      ],
      cues: [
        {after: 6, say: '"Build now, even if you are unsure: the build and the self-check say what to fix."'},
        {after: 8, say: '"Stuck? Compare with `solution/`. Lab 05 needs an image called `iris-api:1.0`, whichever way you make it."'},
      ],
    },
    demo: [
      demoStep('04-rest-api', 'copy-model', 'Show it once, from `labs/04-rest-api/starter`: the path assumes the two lab folders side by side, as in the course repository.'),
      demoStep('04-rest-api', 'self-check', 'It builds the starter, runs it on a free port and makes every call, saying what to fix.'),
    ],
    pitfalls: [
      {
        problem: 'The container stops right after starting: `model file not found`.',
        fix: '`model/iris-model.pkl` was not there at build time, or TODO 3 of the Dockerfile does not copy `model/`. Copy it (or make it with {{04-rest-api#model-fallback}}), then build and run again.',
        step: step('04-rest-api', 'copy-model'),
      },
      {
        problem: '`curl: (7) Failed to connect` or connection refused.',
        fix: 'Nothing listens on that host port: check with {{01-docker-basics#ps}} that the container runs, and use the port they published (8080 in the lab).',
        step: step('04-rest-api', 'run'),
      },
      {
        problem: 'They edited `app.py`, ran again, and nothing changed.',
        fix: 'The container runs the old image: {{04-rest-api#remove}}, build, run. Only the layers from `COPY app.py` on are rebuilt, so it takes seconds.',
        troubleshooting: 'stale-image',
      },
      {
        problem: 'A `415` answer to a POST.',
        fix: 'The request has no `Content-Type: application/json` header: `requests.post(…, json=…)` sets it, `data=` does not.',
        step: step('04-rest-api', 'predict-post'),
      },
      {
        problem: 'The build downloads every package again, slowly.',
        fix: 'The lines up to `RUN pip install` are given: they were edited, or the prepare-at-home script did not run on this machine, so the cache does not apply. Let it run; next time, leave those lines as they are.',
      },
      {
        problem: '`ModuleNotFoundError` or `AttributeError` while the API loads the model.',
        fix: 'The model was pickled with other versions. Build both labs from the course\'s `requirements.txt` files, unchanged.',
      },
    ],
  },
  {
    section: 13,
    timing: {
      plan: [
        {minutes: 2, what: 'Why Compose: four long `docker run` commands in the right order, every morning. When it fits (one host) and when not.'},
        {minutes: 3, what: 'A `compose.yaml` and its services: no `version:` line, the file name.'},
        {minutes: 6, what: 'Ports, volumes, networks, environment variables and `.env`: the slides students will need in lab 05.'},
        {minutes: 2, what: 'Healthchecks and start-up order: `depends_on` with `condition: service_healthy`.'},
        {minutes: 4, what: 'Live: the Docker commands and their Compose twins.'},
        {minutes: 2, what: 'Compose file or Dockerfile, and the everyday commands (`--build`).'},
        {minutes: 1, what: '*Problems everybody meets*, quickly, and the knowledge check.'},
      ],
      cues: [{after: 11, say: 'If you are still on networks, take the environment slide briskly: the demo and the problems slide matter more for the lab.'}],
    },
    demo: [
      demoStep('05-data-app', 'env', 'In `labs/05-data-app/solution`, so the stack has its password. Your `iris-api:1.0` from the previous demo is the API it runs.'),
      show('`docker compose up -d`: detached, returns at once (the lab uses `--wait`, which returns once every service is healthy; say you will show it in the next block). Start the stack once before the session: its first start builds the front end\'s image.'),
      demoStep('05-data-app', 'ps', 'Four services; only nginx has a port on the laptop, on 127.0.0.1.'),
      show('`docker compose logs -f api`, by the service\'s name; Ctrl-C stops following, not the service.'),
      demoStep('05-data-app', 'down', 'Containers and networks go; the volume with the data stays.'),
    ],
    pitfalls: [
      {
        problem: 'An old `docker-compose.yml` with `version: "3"` prints a warning.',
        fix: 'Compose v2 ignores the key and warns about it: delete the line. The course\'s files are called `compose.yaml` and have none.',
      },
      {
        problem: 'The app cannot reach the database at `localhost:5432`.',
        fix: 'Inside a container, localhost is the container itself. Use the service name: `db:5432`.',
      },
      {
        problem: '"I changed `init.sql` and nothing happens", or "I changed the password in `.env` and the database refuses it".',
        fix: 'Postgres runs the init script and sets the password only on an empty volume. {{05-data-app#down-volumes}} starts over, and deletes the data.',
        step: step('05-data-app', 'down-volumes'),
      },
      {
        problem: '"My change does nothing" after `docker compose up`.',
        fix: '`up` reuses the image it built last time: `docker compose up --build`.',
        troubleshooting: 'stale-image',
      },
    ],
  },
  {
    section: 14,
    timing: {
      plan: [
        {minutes: 2, what: 'The data application: nginx in front, the front end, the API, Postgres, on two networks.'},
        {minutes: 1, what: 'The images: official ones with mounted configuration, the front end\'s build, their own API.'},
        {minutes: 1, what: 'What happens when a user uploads a CSV: check everything first, then predict and store in one transaction.'},
        {minutes: 1, what: '*Plugging your API in*: the three TODOs of the `api` service, and the contract (name `api`, port 8000, `/health`, `/predict/batch`).'},
        {minutes: 4, what: 'Live: launch, upload, a broken file, persistence across `down` and `up`.'},
        {minutes: 1, what: 'The method when something is wrong (ps, logs, config, exec), the check, and hand over to lab 05.'},
      ],
    },
    demo: [
      demoStep('05-data-app', 'up', 'Still in `labs/05-data-app/solution`: it returns once every service is healthy.'),
      demoStep('05-data-app', 'open', 'Upload `data/flowers.csv`: twelve flowers with their species, and the download. Then a copy with a letter in a number: the message names the row and column, and nothing is stored.'),
      demoStep('05-data-app', 'down', 'Then bring it back up.'),
      demoStep('05-data-app', 'up-again', 'Reload the page: the earlier upload is still listed, because Postgres keeps its files in the named volume.'),
      demoStep('05-data-app', 'down-volumes', 'After the demo, so that students start from an empty database if they use your machine to compare.'),
    ],
    pitfalls: [
      {
        problem: 'nginx answers `502 Bad Gateway`.',
        fix: 'nginx is fine, the service behind it (web) is not answering: {{05-data-app#logs}}.',
      },
      {
        problem: 'The demo stops at `port is already allocated` on 8088.',
        fix: 'Something else holds 8088, often a stack left from a rehearsal: {{01-docker-basics#ps}} shows it. Stop it, or set `APP_PORT` in `.env`.',
        troubleshooting: 'port-clashes',
      },
      {
        problem: '`dependency failed to start: … api … is unhealthy`.',
        fix: 'The API does not answer `/health` on port 8000 in its container: `docker compose logs api` (a missing model, or gunicorn on `127.0.0.1`).',
      },
    ],
  },
  {
    section: 15,
    timing: {
      plan: [
        {minutes: 2, what: 'Make `.env` and find the lab 04 image.'},
        {minutes: 4, what: 'The three TODOs of the `api` service, then {{05-data-app#config}}.'},
        {minutes: 5, what: 'Start the application, upload the sample file in the browser or with curl.'},
        {minutes: 4, what: 'The self-check, and clean-up.'},
      ],
      cues: [
        {after: 6, say: '"Let Compose check your file now: {{05-data-app#config}} reports mistakes and prints nothing else."'},
        {after: 11, say: '"Whether or not your upload worked: run the self-check now, it says what is wrong."'},
      ],
    },
    demo: [
      demoStep('05-data-app', 'api-image', 'The name and tag it lists is what TODO 1 needs, exactly.'),
      demoStep('05-data-app', 'config', 'Show that silence means success; and that without `--quiet` it prints the password, so nobody pastes that output.'),
      demoStep('05-data-app', 'self-check', 'It runs under its own name and on a free port, so it works while their own stack is up.'),
    ],
    pitfalls: [
      {
        problem: '`pull access denied for iris-api` or `manifest unknown`.',
        fix: 'The image in TODO 1 does not match an image they have, so Docker looks on Docker Hub. Those without a working lab 04 image build the lab 04 solution under the same tag: {{04-rest-api#build}} in `labs/04-rest-api/solution`, which trains its own model.',
        step: step('05-data-app', 'api-image'),
      },
      {
        problem: '`environment variable "POSTGRES_PASSWORD" … is not set`.',
        fix: 'No `.env` next to `compose.yaml`: step 1, then {{05-data-app#up-again}} again.',
        step: step('05-data-app', 'env'),
      },
      {
        problem: '`Bind for 127.0.0.1:8088 failed: port is already allocated`.',
        fix: 'Another program, or another copy of the app, holds 8088: set `APP_PORT=8089` in `.env` and open that port.',
        troubleshooting: 'port-clashes',
      },
      {
        problem: 'The page says "The model API is not answering", or `up` stops on an unhealthy `api`.',
        fix: '{{05-data-app#ps}}, then `docker compose logs api`: a missing model, or gunicorn bound to `127.0.0.1` (back to lab 04).',
      },
      {
        problem: 'They start the solution\'s stack to compare, and their own one is gone.',
        fix: 'Both `compose.yaml` files name the project `iris-app`, so they share containers and the volume: run one at a time, {{05-data-app#down}} in the other folder first.',
        step: step('05-data-app', 'down'),
      },
      {
        problem: 'Windows PowerShell: `curl` asks for `-Uri` or fails on `-F`.',
        fix: 'In Windows PowerShell 5.1, `curl` is another command: type `curl.exe`, as the step does, or use the browser.',
        step: step('05-data-app', 'upload'),
      },
      {
        problem: 'The old `docker-compose` (v1) rejects the commands or the file.',
        fix: 'The lab needs Compose v2, `docker compose` with a space (it has `--wait`). Pair them with a neighbour and update Docker after the session.',
      },
      {
        problem: 'The nginx or Postgres image will not pull: `toomanyrequests`.',
        fix: 'They were on the pre-pull list. Log in and pull again, or load the image file from a USB stick.',
        troubleshooting: 'pull-rate-limit',
      },
    ],
  },
  {
    section: 16,
    timing: {
      plan: [
        {minutes: 1, what: '*What you did this afternoon*, one breath per line; congratulate the room.'},
        {minutes: 1, what: '*Habits worth keeping*: if they remember one slide, this one.'},
        {minutes: 1, what: '*Where to go next*: the site stays, the repository with every solution, a concrete next exercise.'},
        {minutes: 1, what: 'The last knowledge check.'},
        {minutes: 1, what: 'Thanks and credits, a show of hands on the pace, questions.'},
      ],
    },
    demo: [
      show('Show the Downloads page: the course material as a clone or a ZIP, the lab bundles and the cheatsheet, for those who want to redo a lab at home.'),
      demoStep('05-data-app', 'down-volumes', 'Tell the room how to leave a clean laptop: this in lab 05\'s `starter/`, and {{01-docker-basics#ps}} to see what still runs.'),
    ],
    pitfalls: [
      {
        problem: 'Lab 05 ran over and the summary is squeezed.',
        fix: 'Keep the credits, the thanks and the feedback; the slide of links is on the site, so say where it is and stop.',
      },
      {
        problem: '"Can I use Docker Desktop at work?"',
        fix: 'It depends on the size of the organisation; the troubleshooting entry has the terms and the free alternatives.',
        troubleshooting: 'docker-desktop-licence',
      },
      {
        problem: 'Laptops leave with stacks and Jupyter servers still running, and the disk full of images.',
        fix: '{{01-docker-basics#ps}} shows what runs; `docker system df` and `docker system prune` free the space once the course is over.',
        troubleshooting: 'disk-space',
      },
    ],
  },
];

/** What the checks need to know beyond the notes: the agenda, the troubleshooting page's anchors, the labs' steps. */
export interface NoteContext {
  readonly sections: readonly AgendaSection[];
  /** Each anchor of the troubleshooting page, with its heading as written in the page. */
  readonly troubleshooting: ReadonlyMap<string, string>;
  /** The steps of a lab manifest (id and command), or undefined for an unknown manifest. */
  readonly stepsOf: (manifest: string) => readonly {readonly id: string; readonly command: string}[] | undefined;
}

/** Every piece of prose in a note, with where it is, for the checks that read text. */
function proseOf(note: InstructorNote): [string, string][] {
  return [
    ...note.timing.plan.map((s, i): [string, string] => [`timing slice ${i + 1}`, s.what]),
    ...(note.timing.cues ?? []).map((c, i): [string, string] => [`cue ${i + 1}`, c.say]),
    ...note.demo.map((d, i): [string, string] => [`demo item ${i + 1}`, d.kind === 'step' ? d.say : d.text]),
    ...note.pitfalls.flatMap((p, i): [string, string][] => [
      [`pitfall ${i + 1} (problem)`, p.problem],
      [`pitfall ${i + 1} (fix)`, p.fix],
    ]),
  ];
}

/** Every step a note names: in its demo, its pitfalls, and in its prose as `{{<manifest>#<step>}}`. */
export function stepRefsOf(note: InstructorNote): [string, {readonly manifest: string; readonly step: string}][] {
  return [
    ...note.demo.flatMap((d, i): [string, StepRef][] => (d.kind === 'step' ? [[`demo item ${i + 1}`, d.step]] : [])),
    ...note.pitfalls.flatMap((p, i): [string, StepRef][] => (p.step ? [[`pitfall ${i + 1}`, p.step]] : [])),
    ...proseOf(note).flatMap(([part, text]) => stepTokensOf(text).map((ref): [string, typeof ref] => [part, ref])),
  ];
}

/**
 * Lists what is wrong with the notes: a section without a note (or with two), a note for no
 * section, an empty part, slices that do not add up to the section's minutes, a cue outside the
 * section, minutes or clock times written into prose, a troubleshooting anchor the page lacks, a
 * lab step that does not exist, or a lab command pasted instead of named by its step.
 * An empty list means the notes are sound.
 */
export function instructorNoteProblems(notes: readonly InstructorNote[], context: NoteContext): string[] {
  const problems: string[] = [];
  const numbers = new Set(context.sections.map((s) => s.number));
  for (const section of context.sections) {
    const count = notes.filter((n) => n.section === section.number).length;
    if (count === 0) problems.push(`section ${section.number} ("${section.title}") has no note`);
    if (count > 1) problems.push(`section ${section.number} ("${section.title}") has ${count} notes`);
  }
  // Every lab command, so a note that pastes one is told to name the step instead.
  const commands = new Map<string, string>();
  for (const {id} of manifests) for (const s of context.stepsOf(id) ?? []) commands.set(s.command, `${id} step ${s.id}`);

  for (const note of notes) {
    const section = context.sections.find((s) => s.number === note.section);
    if (!numbers.has(note.section) || !section) {
      problems.push(`a note refers to section ${note.section}, which the agenda does not have`);
      continue;
    }
    const where = `the note of section ${note.section}`;
    if (note.timing.plan.length === 0) problems.push(`${where} has no timing`);
    if (note.demo.length === 0) problems.push(`${where} has nothing to demo`);
    if (note.pitfalls.length === 0) problems.push(`${where} says nothing about what goes wrong`);

    const planned = note.timing.plan.reduce((sum, s) => sum + s.minutes, 0);
    if (note.timing.plan.length > 0 && planned !== section.minutes) {
      problems.push(`${where} plans ${planned} minutes, but the section lasts ${section.minutes}`);
    }
    note.timing.plan.forEach((s, i) => {
      if (!Number.isInteger(s.minutes) || s.minutes <= 0) problems.push(`${where}: timing slice ${i + 1} lasts ${s.minutes} minutes`);
    });
    (note.timing.cues ?? []).forEach((c, i) => {
      if (!Number.isInteger(c.after) || c.after <= 0 || c.after >= section.minutes) {
        problems.push(`${where}: cue ${i + 1} comes ${c.after} minutes in, outside the section's ${section.minutes}`);
      }
    });

    for (const [part, text] of proseOf(note)) {
      if (text.trim() === '') problems.push(`${where}: ${part} is empty`);
      // Lengths and clock times come from the agenda; prose that restates them goes stale.
      if (/\b\d+\s*(?:min|mins|minutes?)\b/i.test(text)) problems.push(`${where}: ${part} writes minutes into prose: "${text}"`);
      if (/\b\d:\d\d\b/.test(text)) problems.push(`${where}: ${part} writes a clock time into prose: "${text}"`);
      for (const [, code] of text.matchAll(/`([^`]+)`/g)) {
        const owner = code ? commands.get(code) : undefined;
        if (owner) problems.push(`${where}: ${part} pastes the command of ${owner}; name the step instead`);
      }
    }

    note.pitfalls.forEach((p, i) => {
      if (p.troubleshooting !== undefined && !context.troubleshooting.has(p.troubleshooting)) {
        problems.push(`${where}: pitfall ${i + 1} links to #${p.troubleshooting}, which the troubleshooting page does not have`);
      }
    });

    for (const [part, ref] of stepRefsOf(note)) {
      const steps = context.stepsOf(ref.manifest);
      if (!steps) problems.push(`${where}: ${part} names the lab ${ref.manifest}, which does not exist`);
      else if (!steps.some((s) => s.id === ref.step)) problems.push(`${where}: ${part} names step "${ref.step}", which lab ${ref.manifest} does not have`);
    }
  }
  return problems;
}

/** Lists the troubleshooting labels that differ from the page's headings (so the page's links read as its entries). */
export function troubleshootingLabelProblems(headings: ReadonlyMap<string, string>): string[] {
  return Object.entries(troubleshootingEntries).flatMap(([anchor, label]) => {
    const heading = headings.get(anchor);
    if (heading === undefined) return [`#${anchor} is not an anchor of the troubleshooting page`];
    return heading === label ? [] : [`#${anchor} is labelled "${label}", but the page's heading is "${heading}"`];
  });
}
