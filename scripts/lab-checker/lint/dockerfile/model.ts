/** A Dockerfile parsed by dockerfile-ast, organised into build stages for the rules. */
import {DockerfileParser, From, ModifiableInstruction, type Dockerfile, type Instruction} from 'dockerfile-ast';
import {substituteVariables, type Substitution} from '../shared/variables.js';

export interface Stage {
  from: From;
  /** `AS name`, lower-cased as Docker compares stage names case-insensitively. */
  name: string | undefined;
  /** Instructions after FROM, up to the next FROM. */
  instructions: Instruction[];
  /** The earlier stage this one builds on (`FROM builder`), if any. */
  parent: Stage | undefined;
}

export interface DockerfileContext {
  file: string;
  text: string;
  dockerfile: Dockerfile;
  /** ARGs declared before the first FROM, with their default values (undefined: no default). */
  globalArgs: Map<string, string | undefined>;
  stages: Stage[];
  /** Whether the build context has a .dockerignore (checked by the loader, so rules stay pure). */
  hasDockerignore: boolean;
}

/** 1-based line where an instruction starts. */
export function lineOf(instruction: Instruction): number {
  return instruction.getRange().start.line + 1;
}

export function parseDockerfile(file: string, text: string, hasDockerignore: boolean): DockerfileContext {
  const dockerfile = DockerfileParser.parse(text);
  const globalArgs = new Map<string, string | undefined>();
  const stages: Stage[] = [];
  for (const instruction of dockerfile.getInstructions()) {
    if (instruction instanceof From) {
      const stageName = instruction.getBuildStage()?.toLowerCase();
      const base = resolveFromImage(instruction, globalArgs).value.toLowerCase();
      stages.push({
        from: instruction,
        name: stageName,
        instructions: [],
        parent: stages.find((stage) => stage.name !== undefined && stage.name === base),
      });
      continue;
    }
    const current = stages.at(-1);
    if (current) current.instructions.push(instruction);
    else if (instruction.getKeyword() === 'ARG') recordArg(instruction, globalArgs);
  }
  return {file, text, dockerfile, globalArgs, stages, hasDockerignore};
}

function recordArg(instruction: Instruction, args: Map<string, string | undefined>): void {
  const [declaration] = instruction.getArguments();
  if (!declaration) return;
  const raw = declaration.getValue();
  const eq = raw.indexOf('=');
  if (eq < 0) {
    args.set(raw, undefined);
    return;
  }
  // A default may use earlier ARGs: ARG TAG=${PY}-slim
  const value = substituteVariables(unquote(raw.slice(eq + 1)), (name) => args.get(name)).value;
  args.set(raw.slice(0, eq), value);
}

function unquote(value: string): string {
  return /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value;
}

/** The image a FROM names, with global ARG defaults substituted (flags such as --platform skipped). */
export function resolveFromImage(from: From, globalArgs: ReadonlyMap<string, string | undefined>): Substitution {
  const image = from.getArguments()[0]?.getValue() ?? '';
  return substituteVariables(image, (name) => globalArgs.get(name));
}

/** The stages an image is made of, final stage first, following `FROM <stage>` links. */
export function stageChain(stage: Stage): Stage[] {
  const chain: Stage[] = [];
  for (let s: Stage | undefined = stage; s && !chain.includes(s); s = s.parent) chain.push(s);
  return chain;
}

/**
 * The shell script of a RUN as the shell sees it: line continuations joined and
 * comment lines (which Docker strips from continued instructions) removed.
 */
export function runScript(run: Instruction, escapeChar: string): string {
  const raw = run.getRawArgumentsContent() ?? '';
  const continuation = new RegExp(`${escapeRegExp(escapeChar)}[ \\t]*\\r?\\n`, 'g');
  return raw
    .split(/\r?\n/)
    .filter((line) => !line.trim().startsWith('#'))
    .join('\n')
    .replace(continuation, ' ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Environment a RUN at `line` sees from ENV and ARG defaults of its stage chain
 * (later declarations win), enough to know e.g. PIP_NO_CACHE_DIR.
 */
export function environmentAt(stage: Stage, line: number): Map<string, string> {
  const env = new Map<string, string>();
  for (const s of stageChain(stage).reverse()) {
    for (const instruction of s.instructions) {
      if (lineOf(instruction) >= line) break;
      const keyword = instruction.getKeyword();
      if (keyword !== 'ENV' && keyword !== 'ARG') continue;
      for (const [name, value] of keyValuePairs(instruction)) env.set(name, value);
    }
  }
  return env;
}

function keyValuePairs(instruction: Instruction): Array<[string, string]> {
  const words = instruction.getArguments().map((a) => a.getValue());
  // Legacy form `ENV NAME value with spaces`.
  if (instruction.getKeyword() === 'ENV' && words.length >= 2 && !(words[0] ?? '').includes('=')) {
    return [[words[0] ?? '', words.slice(1).join(' ')]];
  }
  return words.filter((w) => w.includes('=')).map((w) => [w.slice(0, w.indexOf('=')), unquote(w.slice(w.indexOf('=') + 1))]);
}

/** Values of a flag such as --mount or --checksum (dockerfile-ast keeps flags out of the arguments). */
export function flagValues(instruction: Instruction, name: string): string[] {
  if (!(instruction instanceof ModifiableInstruction)) return [];
  return instruction
    .getFlags()
    .filter((flag) => flag.getName() === name)
    .map((flag) => flag.getValue() ?? '');
}

/** Targets of `RUN --mount=type=cache,target=…`: what lands there stays out of the layer. */
export function cacheMountTargets(run: Instruction): string[] {
  return flagValues(run, 'mount').flatMap((mount) => {
    const options = new Map(
      mount.split(',').map((option): [string, string] => [option.split('=')[0] ?? '', option.slice(option.indexOf('=') + 1)]),
    );
    const target = options.get('target') ?? options.get('dst') ?? options.get('destination');
    return options.get('type') === 'cache' && target !== undefined ? [target.replace(/\/+$/, '')] : [];
  });
}
