/**
 * The gates of a lab's self-check script (`check.sh`): each `fail "…"` is a claim the script makes
 * to students ("The container runs as root."). A gate is proven only by a mutant that makes the
 * script fail with that very message; `gatesCoverage` says which gates no mutant proves and why.
 */

/** Gates about the student's machine, not the lab: CI's machine has Docker, Compose and curl, so they cannot fail there. */
export const MACHINE_GATES: readonly string[] = [
  'Docker is not installed.',
  'Docker is installed but not running.',
  'Docker Compose v2 is missing',
  'curl is not installed.',
];

export interface Gate {
  /** What the script prints when the gate fails, as written (variables unexpanded). */
  readonly message: string;
  /** The second argument: what to do. */
  readonly hint: string;
}

/**
 * The bash double-quoted string that starts at `text[start]` (a `"`): its content as written, and
 * the index after its closing quote. Quotes inside `$( … )` belong to the command, not the string.
 */
function doubleQuoted(text: string, start: number): {content: string; end: number} | undefined {
  let depth = 0;
  for (let i = start + 1; i < text.length; i += 1) {
    const char = text[i];
    if (char === '\\') i += 1;
    else if (char === '$' && text[i + 1] === '(') {
      depth += 1;
      i += 1;
    } else if (char === ')' && depth > 0) depth -= 1;
    else if (char === '"' && depth > 0) {
      const inner = doubleQuoted(text, i);
      if (!inner) return undefined;
      i = inner.end - 1;
    } else if (char === '"') return {content: text.slice(start + 1, i), end: i + 1};
  }
  return undefined;
}

/** Every `fail "message" "hint"` of a bash self-check. */
export function gatesOf(script: string): Gate[] {
  const unquote = (text: string) => text.replace(/\\(["`$\\])/g, '$1');
  const gates: Gate[] = [];
  for (const match of script.matchAll(/\bfail "/g)) {
    const message = doubleQuoted(script, match.index + match[0].length - 1);
    if (!message) continue;
    // The hint follows, perhaps after a line continuation.
    const gap = /^[ \t]*(?:\\\n[ \t]*)?"/.exec(script.slice(message.end));
    const hint = gap ? doubleQuoted(script, message.end + gap[0].length - 1) : undefined;
    gates.push({message: unquote(message.content), hint: unquote(hint?.content ?? '')});
  }
  return gates;
}

/**
 * The gates of a self-check with those of the shared helpers (labs/shared/self-check.sh) it calls:
 * a helper's `fail` is a claim of every script that calls that helper.
 */
export function selfCheckGates(script: string, helpers: string): Gate[] {
  const gates = gatesOf(script);
  for (const [name, body] of helperBodies(helpers)) {
    if (new RegExp(`^\\s*(?:.*[|&;{(]\\s*)?${name}(?:\\s|$)`, 'm').test(script)) gates.push(...gatesOf(body));
  }
  return gates;
}

/** The bash functions of a helper file, by name, each with its body (from `name() {` to its closing `}` line). */
export function helperBodies(text: string): Map<string, string> {
  const bodies = new Map<string, string>();
  for (const match of text.matchAll(/^([A-Za-z_]\w*)\(\) \{(.*)$/gm)) {
    const rest = text.slice(match.index + match[0].length - (match[2] ?? '').length);
    // One-line functions end on their line; the others at the first `}` alone at the start of a line.
    const end = (match[2] ?? '').trimEnd().endsWith('}') ? rest.indexOf('\n') : rest.search(/^\}/m);
    bodies.set(match[1] ?? '', end === -1 ? rest : rest.slice(0, end));
  }
  return bodies;
}

/** A gate that catches a script run from the wrong folder: about how it is run, not the lab. */
export const isUsageGate = (gate: Gate): boolean => gate.hint.startsWith('Run this script from');

/** A shell expansion in a message: `$name`, `${name:-x}`, `$(command)`, `$((arithmetic))`. */
const EXPANSION = /\$\(\((?:[^()]|\([^()]*\))*\)\)|\$\((?:[^()]|\([^()]*\))*\)|\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `text` (a mutant's expected failure text, often the start of a message) could be the start
 * of the message `gate` prints, with any value in place of each expansion.
 */
export function gateCouldPrint(gate: string, text: string): boolean {
  const pieces = gate.split(EXPANSION);
  const any = '[\\s\\S]*';
  for (let k = 0; k < pieces.length; k += 1) {
    const before = pieces.slice(0, k).map(escape).join(any);
    const piece = pieces[k]!;
    for (let cut = 0; cut <= piece.length; cut += 1) {
      // Ending in the expansion before this piece: that value must not run on into the piece,
      // or any text would do ("answered 404, not 403." is not "answered $status, not 200.").
      const tail = cut === 0 && k > 0 ? (piece ? `[^${escape(piece[0]!)}]*` : any) : escape(piece.slice(0, cut));
      const pattern = `^${k > 0 ? before + (cut === 0 ? '' : any) : ''}${tail}$`;
      if (new RegExp(pattern).test(text)) return true;
    }
  }
  // Ending inside the last expansion.
  return new RegExp(`^${pieces.map(escape).join(any)}${any}$`).test(text);
}

export interface GateCoverage {
  /** Gates that no mutant's kill text and no exemption accounts for. */
  readonly unproven: string[];
  /** Kill texts that no gate of the script could print (a typo, or a gate since reworded). */
  readonly strayKills: string[];
  /** Exemptions that name no gate of the script any more. */
  readonly staleExemptions: string[];
}

/**
 * `proving`: texts the self-check is shown to fail with (the mutants' kills, the starter's own
 * failure line). `exempt`: gate start -> why no mutant proves it.
 */
export function gatesCoverage(gates: readonly Gate[], proving: readonly string[], exempt: Readonly<Record<string, string>>): GateCoverage {
  const proven = (gate: Gate) => proving.some((text) => gateCouldPrint(gate.message, text));
  const excused = (gate: Gate) =>
    isUsageGate(gate) || [...MACHINE_GATES, ...Object.keys(exempt)].some((start) => gate.message.startsWith(start));
  return {
    unproven: [...new Set(gates.filter((gate) => !proven(gate) && !excused(gate)).map((gate) => gate.message))],
    strayKills: proving.filter((text) => !gates.some((gate) => gateCouldPrint(gate.message, text))),
    staleExemptions: Object.keys(exempt).filter((start) => !gates.some((gate) => gate.message.startsWith(start))),
  };
}
