/**
 * The lab manifest: what a lab builds, what its students type, and what CI proves.
 *
 * Each lab has `labs/<id>/lab.ts` with `export default defineLab({...})`. The docs pages import the
 * same file to render the steps, so this module must stay browser-safe: no Node imports here.
 */

/** One image the lab's solution builds. `name` is how checks refer to it. */
export interface LabImage {
  readonly name: string;
  /** Build context, relative to the lab's `solution/` folder ('.' for the folder itself). */
  readonly context: string;
  /** Dockerfile path relative to the context; defaults to `Dockerfile`. */
  readonly dockerfile?: string;
}

/**
 * What a starter claims to be. Students start from it, so it either builds as it is, or it is
 * an exercise whose gaps are marked with `TODO` lines.
 */
export type StarterClaim =
  | {
      readonly claim: 'builds';
      /** Build context relative to `starter/`. */
      readonly context: string;
      readonly dockerfile?: string;
    }
  | {
      readonly claim: 'todos';
      /** File relative to `starter/` that must carry the marked TODO lines. */
      readonly file: string;
      readonly minTodos: number;
    };

/** An HTTP request made against a published container port, with what must come back. */
export interface HttpExpectation {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly path: string;
  /** JSON body to send (POST/PUT), with `Content-Type: application/json`. */
  readonly json?: unknown;
  /** A raw body sent as it is, for malformed input; give its content type in `headers`. */
  readonly body?: string;
  /** Request headers; they override the JSON content type. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly expectStatus: number;
  /**
   * The response must be JSON containing at least these fields with these values (objects in it
   * may have more fields; lists must match item by item, in order).
   */
  readonly expectJson?: Readonly<Record<string, unknown>>;
  /** The response must be JSON whose named string fields contain these texts (`{error: 'petal_width'}`). */
  readonly expectJsonIncludes?: Readonly<Record<string, string>>;
  /**
   * The web server in front of the app refuses this request itself (gunicorn: a request line over its
   * limit), so the app never sees it: say why here. The answer must be `expectStatus`, a 4xx, with the
   * server's own body, not JSON: a JSON body would mean the request reached the app after all.
   */
  readonly refusedByServer?: string;
}

interface CheckBase {
  /** Short name shown in progress lines and in the report. */
  readonly name: string;
  readonly timeoutSeconds?: number;
  /**
   * Why the check cannot prove anything on stand-in images (the offline world): there it is
   * reported as skipped, with this reason, instead of passing without meaning.
   */
  readonly offlineSkip?: string;
}

/** Run a container of a built image and expect its output and exit code. */
export interface RunOutputCheck extends CheckBase {
  readonly kind: 'run-output';
  /** A `LabImage.name`. */
  readonly image: string;
  /** Arguments after the image (replacing its CMD); omit to run the CMD. */
  readonly args?: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  /** Every string must appear in stdout+stderr. */
  readonly expectOutput: readonly string[];
  /** Defaults to 0. */
  readonly expectExitCode?: number;
}

/** Start a container with a published port and make HTTP requests against it. */
export interface HttpCheck extends CheckBase {
  readonly kind: 'http';
  readonly image: string;
  readonly containerPort: number;
  readonly env?: Readonly<Record<string, string>>;
  /** Polled until it answers (any status below 500) before the requests run. */
  readonly readyPath: string;
  readonly requests: readonly HttpExpectation[];
  /**
   * A folder an earlier lab's check handed over in this run (its `handOff` files), mounted
   * read-only into the container: lab 04's API serving the model lab 03's notebook made.
   */
  readonly mountHandoff?: {
    readonly lab: string;
    readonly path: string;
    readonly at: string;
    /**
     * A folder of the image covered by an empty one for the run (the image's own model), so what
     * answers can only be what was handed over: an app that looked elsewhere would find nothing.
     */
    readonly hides?: string;
  };
}

/** `docker compose up --wait` in a solution folder, then scripted checks, then `down -v`. */
export interface ComposeCheck extends CheckBase {
  readonly kind: 'compose';
  /** Folder relative to `solution/` (or `starter/`, with `filledStarter`) that holds `compose.yaml`. */
  readonly dir: string;
  /**
   * Run on a copy of `starter/` whose marked TODO regions (`# >>> name` … `# <<< name`) hold the
   * solution's lines instead: proof that everything around the exercise works as given.
   */
  readonly filledStarter?: boolean;
  /** Bash commands run in that folder before `up`, as the lab page tells students (`cp .env.example .env`). */
  readonly prepare?: readonly string[];
  /**
   * An environment variable the compose file reads its published host port from
   * (`${APP_PORT:-8088}`): set to a free port for the run, so a busy port cannot fail the check.
   */
  readonly portVariable?: string;
  /**
   * Bash commands run in order in that folder while the stack is up; each must exit 0. They see
   * the run's COMPOSE_PROJECT_NAME (so `docker compose …` addresses the stack), the port variable,
   * and REPO_ROOT (the course repository, for test suites that drive the stack).
   */
  readonly scripts: readonly string[];
}

/** Execute a notebook headless inside a built image. */
export interface NotebookCheck extends CheckBase {
  readonly kind: 'notebook';
  readonly image: string;
  /** Notebook path inside the image's working directory. */
  readonly notebook: string;
  /** Files (relative to the working directory) that must exist after execution. */
  readonly expectFiles?: readonly string[];
  /** Files (relative to the working directory) handed to later labs' checks, e.g. the model. */
  readonly handOff?: readonly string[];
}

/** The lab's own student self-check script, exactly as students run it. */
export interface SelfCheck extends CheckBase {
  readonly kind: 'self-check';
  /** Script relative to the lab folder, run with bash. */
  readonly script: string;
  /**
   * Its PowerShell twin for Windows students, relative to the lab folder: run the same way, with
   * the same expectations, by `pwsh` where PowerShell is installed; reported as skipped where not.
   */
  readonly powershellTwin?: string;
  readonly args: readonly string[];
  readonly expectOutput?: readonly string[];
  /**
   * Runs on which the script must FAIL (e.g. the unfinished starter), each at the gate meant:
   * proof that the self-check can fail at all, and that this gate can.
   */
  readonly mustFailWith?: readonly SelfCheckFailure[];
}

/** A run of a self-check that must fail, and the failure line it must print. */
export interface SelfCheckFailure {
  readonly args: readonly string[];
  /** Text of the script's FAIL line for this case: a failure at another gate does not count. */
  readonly expectOutput: string;
}

/** Run the manifest's `steps` in order and check their expected output. */
export interface StepsCheck extends CheckBase {
  readonly kind: 'steps';
}

export type LabCheck = RunOutputCheck | HttpCheck | ComposeCheck | NotebookCheck | SelfCheck | StepsCheck;
export type LabCheckKind = LabCheck['kind'];

/** One instruction students follow; the checker runs the same command. */
export interface LabStep {
  readonly id: string;
  readonly title: string;
  /** Short markdown explanation shown above the command. */
  readonly explain: string;
  /** The command for bash (macOS/Linux, Git Bash). */
  readonly command: string;
  /** The PowerShell command, only where it differs from `command`. */
  readonly powershell?: string;
  /**
   * Linux only, for a `run: false` step whose bash command is macOS's own (`open` a URL): the Linux
   * command (`xdg-open`), shown under the command.
   */
  readonly linux?: string;
  /**
   * Text the output must contain. The page's box shows the output the run printed (captured by
   * `npm run labs:capture`), which must hold this text; for a step the checker does not run as
   * shown, the box shows this text itself.
   */
  readonly expect?: string;
  /**
   * What the page's "you should see" box keeps of the captured output (every line without it), or
   * `false` for no box: when the output would give an exercise's answer away.
   */
  readonly box?: BoxSelection | false;
  /** Set to false for steps that are shown but not run (defaults to true); say why in `notRunBecause`. */
  readonly run?: boolean;
  /**
   * For a `run: false` step: why CI does not run it, and what proves it instead. The page and the
   * report both say it, so a skipped step never hides behind a pass.
   */
  readonly notRunBecause?: string;
  /**
   * For interactive commands (`docker exec -it … sh`): the non-interactive command the checker
   * runs instead, checked against `expect`.
   */
  readonly check?: string;
  /**
   * For commands that need the registry (`docker pull`): what the checker runs instead where the
   * registry is unreachable and stand-in images are used, checked against `expect`.
   */
  readonly offlineCheck?: string;
  /**
   * The command shares the current folder with a container (`--volume "$(pwd):…"`) whose user is
   * uid 1000, or follows a step that did. The checker runs it with the folder owned by uid 1000, as
   * a student's folder on most Linux machines is, and says so where it cannot.
   */
  readonly mountsFolder?: boolean;
  /**
   * Linux only, for a `mountsFolder` step: the command for a student whose user id (`id -u`) is not
   * 1000, shown under the command. The checker runs it as such a user, followed by the rest of the
   * step's group of `mountsFolder` steps.
   */
  readonly linuxOtherUser?: string;
  /**
   * Not on the lab's core path: a step for when time allows, or for after the tutorial. The page
   * marks it and counts the core path without it; the checker runs it like any other step.
   */
  readonly optional?: boolean;
  /**
   * For a step whose output comes only after a while (a server starting, a health check): run the
   * command again, a second apart and up to this many times, until it exits 0 with `expect` in its
   * output, as a student waits and tries again. The page says so under the step.
   */
  readonly retryFor?: number;
  /**
   * Done by the whole room as the last step of the lecture before the lab (Jupyter started while the
   * presenter shows the command), so the lecture's minutes hold it, not the lab's. The lab page
   * still shows it, for anyone who missed it; the checker runs it like any other step.
   */
  readonly inLecture?: boolean;
  /** A wait the student sits through at this step (a build the setup kit did not do at home), counted by the time model. */
  readonly wait?: StepWait;
  /**
   * Pictures of what the step shows in a browser, shown under it. `npm run labs:capture` takes them
   * with a headless browser from the lab's running containers, after this step or the one named.
   */
  readonly screenshots?: readonly StepScreenshot[];
}

/** A picture of a page the lab serves, as a student's browser shows it. */
export interface StepScreenshot {
  /** The page, as the student opens it (`http://localhost:8890/notebooks/model.ipynb?token=pycon`). */
  readonly url: string;
  /** A text the page shows once it is ready: the picture is taken when it is visible. */
  readonly waitFor: string;
  /** What the picture shows, for a reader who cannot see it. */
  readonly alt: string;
  /** The picture's file name under `static/img/labs/` (`03-model-notebook.jpg`). */
  readonly file: string;
  /** Taken after this step of the lab instead (its id): a page that exists only later, such as a result. */
  readonly after?: string;
  /** The browser window's height in CSS pixels (its width is the page's column, 900). */
  readonly height?: number;
}

/** The lines of a step's captured output its box keeps (volatile parts then become placeholders). */
export interface BoxSelection {
  /** Only the lines that contain one of these texts, in the order printed. */
  readonly linesWith?: readonly string[];
  /** Then at most this many lines from the start. */
  readonly first?: number;
  /** Then at most this many lines from the end. */
  readonly last?: number;
  /** Then sorted: for lines printed in an order that varies (BuildKit's steps, which run in parallel). */
  readonly sorted?: boolean;
}

export interface StepWait {
  readonly minutes: number;
  /** What the student waits for, in a few words ("pip installs the API's packages"). */
  readonly why: string;
}

/** Names the steps create, so the checker removes them before and after running the steps. */
export interface StepResources {
  readonly containers?: readonly string[];
  readonly images?: readonly string[];
  readonly volumes?: readonly string[];
  readonly networks?: readonly string[];
}

/**
 * An image another lab builds, used here by its name and tag (lab 05 runs the API image of lab 04
 * as `iris-api:1.0`). Where it does not exist, the checker builds that lab's solution image under
 * this tag first, so a lab can be checked alone.
 */
export interface ImageFromLab {
  readonly ref: string;
  readonly lab: string;
  /** A `LabImage.name` of that lab. */
  readonly image: string;
}

/**
 * A lint rule (scripts/lab-checker/lint/README.md) that one file of the lab is exempt from, with the
 * reason. It lives here rather than as a `# lint-ignore` comment, so the files students read carry
 * no lint talk; the lab checker's lint reads it from here, and reports one that names an unknown
 * rule, gives no reason, or silences nothing.
 */
export interface LintExemption {
  /** The file, relative to the lab's folder (`starter/Dockerfile`). */
  readonly file: string;
  /** The rule ids it is exempt from, in the whole file. */
  readonly rules: readonly string[];
  readonly reason: string;
}

export interface LabManifest {
  /** Must equal the lab's folder name. */
  readonly id: string;
  readonly title: string;
  /** Images the solution builds; the checker builds every one of them. */
  readonly images: readonly LabImage[];
  /** What each starter claims to be. */
  readonly starter: readonly StarterClaim[];
  /** Images students pull or run directly (not through a Dockerfile's FROM). */
  readonly uses?: readonly string[];
  /** Images of earlier labs this lab uses by name. */
  readonly imagesFromLabs?: readonly ImageFromLab[];
  readonly steps?: readonly LabStep[];
  readonly resources?: StepResources;
  readonly checks: readonly LabCheck[];
  /** Lint rules some of the lab's files are exempt from: an unfinished starter, say. */
  readonly lintExemptions?: readonly LintExemption[];
  /**
   * A part of a lab for after the tutorial (lab 02's W3 and W4): its page says so, and its steps are
   * not on the lab's core path. The checker checks it like any other part.
   */
  readonly takeHome?: boolean;
}

/** Identity function: gives lab files type checking and editor help, nothing else. */
export function defineLab(lab: LabManifest): LabManifest {
  return lab;
}

/** The folder the course material is in, in a student's home folder (the preparation page's step 5). */
export const COURSE_FOLDER = 'docker-for-data-science';

/**
 * The first step of every lab: a terminal in the lab's folder. `folder` is relative to `labs/`
 * (`03-model/starter`). Not run: the checker runs the lab's steps in a copy of that folder.
 */
export function enterFolderStep(folder: string, explain = ''): LabStep {
  const intro = `Open a terminal (PowerShell on Windows) and go to the lab's folder. If you downloaded the course as a ZIP, the folder is called \`${COURSE_FOLDER}-main\` instead.`;
  return {
    id: 'cd',
    title: 'Go to the lab folder',
    explain: explain ? `${intro} ${explain}` : intro,
    command: `cd ~/${COURSE_FOLDER}/labs/${folder}`,
    powershell: `cd ~\\${COURSE_FOLDER}\\labs\\${folder.replaceAll('/', '\\')}`,
    run: false,
    notRunBecause: 'the checker runs the steps that follow in a copy of this folder',
  };
}

/** What every lab's self-check prints when all is well; the step shows it, the check expects it. */
const ALL_PASSED = 'All checks passed';

/**
 * The last step of every lab: students run the self-check on their `starter/`. Not run as a step:
 * the checker runs the same scripts itself (`selfCheckScripts`), from the lab folder.
 */
export function selfCheckStep(explain: string): LabStep {
  return {
    id: 'self-check',
    title: 'Check your work',
    explain,
    command: './check.sh',
    powershell: '.\\check.ps1',
    expect: ALL_PASSED,
    run: false,
    notRunBecause: 'the check "self-check script" runs these scripts from the lab folder instead, on the solution and on the starter',
  };
}

/**
 * The lab's `check.sh` and its PowerShell twin pass on the solution and fail on the unfinished
 * starter, with `starterFails`: the FAIL line of the gate the starter must stop at.
 */
export function selfCheckScripts(starterFails: string): SelfCheck {
  return {
    kind: 'self-check',
    name: 'self-check script',
    script: 'check.sh',
    powershellTwin: 'check.ps1',
    args: ['solution'],
    expectOutput: [ALL_PASSED],
    mustFailWith: [{args: ['starter'], expectOutput: starterFails}],
  };
}

/**
 * Reads a pip requirements file of `name==version` pins, then the installed packages' own metadata:
 * every dependency a pinned package needs (for no extra) must be pinned too. pip installs a left-out
 * dependency at its newest release without a word; this check names it.
 */
const PINS_CLOSED = `
import sys
from importlib import metadata
from pip._vendor.packaging.requirements import Requirement
from pip._vendor.packaging.utils import canonicalize_name
pins = {}
for line in open(sys.argv[1]):
    line = line.split("#")[0].strip()
    if line:
        name, _, version = line.partition("==")
        pins[canonicalize_name(name)] = version.strip()
unpinned = set()
for name in pins:
    for spec in metadata.requires(name) or []:
        need = Requirement(spec)
        if need.marker and not need.marker.evaluate({"extra": ""}):
            continue
        if canonicalize_name(need.name) not in pins:
            unpinned.add(f"{need.name} (needed by {name})")
if unpinned:
    print("not pinned: " + ", ".join(sorted(unpinned)))
    sys.exit(1)
print(f"all {len(pins)} packages pinned, with every dependency")
`;

/** The image's requirements file pins every package its packages need: the whole closure. */
export function pinsClosedCheck(image: string, requirementsInImage: string): RunOutputCheck {
  return {
    kind: 'run-output',
    name: 'the requirements pin every dependency',
    image,
    args: ['python', '-c', PINS_CLOSED, requirementsInImage],
    expectOutput: ['packages pinned, with every dependency'],
  };
}
