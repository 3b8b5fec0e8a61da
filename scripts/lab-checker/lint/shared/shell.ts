/**
 * Just enough shell reading for RUN lines: split a script into simple commands
 * and those into words. Deliberately naive about quoting (quotes are dropped,
 * separators inside quotes still split), which errs towards finding a command
 * like `sh -c "pip install x"` rather than missing it.
 */

export interface SimpleCommand {
  /** Words with quote characters removed. */
  words: string[];
  text: string;
}

export function splitCommands(script: string): SimpleCommand[] {
  return script
    .split(/&&|\|\||;|\||\n|\(|\)|\{|\}/)
    .map((text) => text.trim())
    .filter((text) => text !== '')
    .map((text) => ({
      text,
      words: text
        .replace(/["']/g, '')
        .split(/\s+/)
        .filter((w) => w !== ''),
    }));
}

export function basename(word: string): string {
  return word.slice(word.lastIndexOf('/') + 1);
}

/** Index of the program word, skipping `sudo`, `env`, and `NAME=value` prefixes. */
export function programIndex(words: readonly string[]): number {
  let i = 0;
  while (i < words.length) {
    const word = words[i] ?? '';
    if (word === 'sudo' || word === 'env' || /^[A-Za-z_][A-Za-z0-9_]*=/.test(word)) i += 1;
    else break;
  }
  return i;
}

/** `NAME=value` assignments that prefix the command (`PIP_NO_CACHE_DIR=1 pip install …`). */
export function inlineAssignments(words: readonly string[]): Map<string, string> {
  const assignments = new Map<string, string>();
  for (const word of words.slice(0, programIndex(words))) {
    const eq = word.indexOf('=');
    if (eq > 0) assignments.set(word.slice(0, eq), word.slice(eq + 1));
  }
  return assignments;
}
