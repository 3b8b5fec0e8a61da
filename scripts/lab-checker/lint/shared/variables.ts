/**
 * `${VAR}` substitution as Dockerfiles (for ARG values) and Compose files do it.
 * Supports $VAR, ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:+alt}, ${VAR+alt},
 * ${VAR:?error}, ${VAR?error}, and Compose's `$$` escape.
 */

/** Returns the variable's value, or undefined when it is not set. */
export type VariableLookup = (name: string) => string | undefined;

export interface Substitution {
  value: string;
  /** Variables that were needed but had neither a value nor a default. */
  unresolved: string[];
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

export function substituteVariables(text: string, lookup: VariableLookup): Substitution {
  const unresolved: string[] = [];
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch !== '$') {
      out += ch;
      i += 1;
      continue;
    }
    const next = text[i + 1];
    if (next === '$') {
      out += '$';
      i += 2;
      continue;
    }
    if (next === '{') {
      const end = findClosingBrace(text, i + 2);
      if (end < 0) {
        out += text.slice(i);
        break;
      }
      const expression = expandBraced(text.slice(i + 2, end), lookup);
      out += expression.value;
      unresolved.push(...expression.unresolved);
      i = end + 1;
      continue;
    }
    const name = NAME.exec(text.slice(i + 1))?.[0];
    if (!name) {
      out += ch;
      i += 1;
      continue;
    }
    const value = lookup(name);
    if (value === undefined) unresolved.push(name);
    out += value ?? '';
    i += 1 + name.length;
  }
  return {value: out, unresolved};
}

function findClosingBrace(text: string, from: number): number {
  let depth = 1;
  for (let j = from; j < text.length; j += 1) {
    if (text[j] === '{') depth += 1;
    if (text[j] === '}') {
      depth -= 1;
      if (depth === 0) return j;
    }
  }
  return -1;
}

function expandBraced(body: string, lookup: VariableLookup): Substitution {
  const name = NAME.exec(body)?.[0];
  if (!name) return {value: '', unresolved: [body]};
  const rest = body.slice(name.length);
  const value = lookup(name);
  const operator = /^(:?[-+?])/.exec(rest)?.[1];
  if (!operator) return value === undefined ? {value: '', unresolved: [name]} : {value, unresolved: []};

  const word = rest.slice(operator.length);
  // With a colon, an empty value counts as unset (POSIX semantics).
  const isSet = operator.startsWith(':') ? value !== undefined && value !== '' : value !== undefined;
  const kind = operator.slice(-1);
  if (kind === '-') return isSet ? {value: value ?? '', unresolved: []} : substituteVariables(word, lookup);
  if (kind === '+') return isSet ? substituteVariables(word, lookup) : {value: '', unresolved: []};
  return isSet ? {value: value ?? '', unresolved: []} : {value: '', unresolved: [name]};
}
