/** A Compose file parsed with `yaml`: plain values for the rules, plus line numbers for findings. */
import {isMap, isScalar, isSeq, LineCounter, parseDocument, type Node} from 'yaml';
import type {VariableLookup} from '../shared/variables.js';

export type ServiceModel = Record<string, unknown>;

export interface YamlProblem {
  line: number;
  message: string;
}

export interface ComposeContext {
  file: string;
  text: string;
  /** The whole file as plain data (anchors and `<<` merges resolved). */
  model: unknown;
  services: Map<string, ServiceModel>;
  yamlErrors: YamlProblem[];
  /** Values Compose would interpolate: the project's .env (the shell's env is unknown to a linter). */
  variables: VariableLookup;
  /** For services with `build:`: whether the built Dockerfile's final stage has a HEALTHCHECK. */
  builtImageHasHealthcheck: ReadonlyMap<string, boolean>;
  /** 1-based line of the deepest node on `path` that exists in the file (merged keys fall back to their parent). */
  readonly lineOf: (path: ReadonlyArray<string | number>) => number;
}

export interface ComposeInputs {
  variables?: VariableLookup;
  builtImageHasHealthcheck?: ReadonlyMap<string, boolean>;
}

export function parseCompose(file: string, text: string, inputs: ComposeInputs = {}): ComposeContext {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, {lineCounter, merge: true, prettyErrors: false});
  const toLine = (offset: number): number => lineCounter.linePos(offset).line;
  // Later YAML errors are mostly consequences of the first; one is what a student can act on.
  const yamlErrors = document.errors.slice(0, 1).map((error) => ({
    line: toLine(error.pos[0]),
    message: error.message.split('\n')[0] ?? error.message,
  }));
  const model: unknown = yamlErrors.length > 0 ? undefined : document.toJS({maxAliasCount: 1000});
  return {
    file,
    text,
    model,
    services: servicesOf(model),
    yamlErrors,
    variables: inputs.variables ?? (() => undefined),
    builtImageHasHealthcheck: inputs.builtImageHasHealthcheck ?? new Map(),
    lineOf: (path) => lineOfPath(document.contents, path, toLine),
  };
}

/** A YAML value as Compose would read it in a string: a scalar's text, '' for none, JSON for a map or list. */
export function scalarText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function servicesOf(model: unknown): Map<string, ServiceModel> {
  const services = new Map<string, ServiceModel>();
  if (!isRecord(model) || !isRecord(model.services)) return services;
  for (const [name, service] of Object.entries(model.services)) {
    services.set(name, isRecord(service) ? service : {});
  }
  return services;
}

function lineOfPath(root: Node | null, path: ReadonlyArray<string | number>, toLine: (offset: number) => number): number {
  let node: unknown = root;
  let line = 1;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(step));
      if (!pair) break;
      if (isScalar(pair.key) && pair.key.range) line = toLine(pair.key.range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      const item: unknown = node.items[step];
      if (!item || typeof item !== 'object' || !('range' in item)) break;
      const range = (item as {range?: [number, number, number]}).range;
      if (range) line = toLine(range[0]);
      node = item;
    } else {
      break;
    }
  }
  return line;
}
