/**
 * Marked exercise regions. A starter file marks the part students write with `# >>> name` and
 * `# <<< name` lines; the solution has the same markers around its answer. `fillTodoRegions`
 * puts the solution's lines into the starter, leaving everything else of the starter as it is, so
 * a check can prove that the given part of the starter works once the exercise is done.
 */

/** `# >>> name` or `# <<< name`; after the name, `: what it is` is a comment for the reader. */
const MARKER = /^\s*#\s*(>>>|<<<)\s*([^:]+?)\s*(?::.*)?$/;

interface Region {
  readonly name: string;
  /** Index of the opening marker line and of the closing one. */
  readonly open: number;
  readonly close: number;
}

export function todoRegions(lines: readonly string[]): Region[] {
  const regions: Region[] = [];
  let current: {name: string; open: number} | undefined;
  lines.forEach((line, index) => {
    const match = MARKER.exec(line);
    if (!match) return;
    const [, kind, name = ''] = match;
    if (kind === '>>>') {
      if (current) throw new Error(`line ${index + 1}: region "${name}" opens inside region "${current.name}"`);
      current = {name, open: index};
    } else {
      if (!current || current.name !== name) throw new Error(`line ${index + 1}: "<<< ${name}" closes no open region of that name`);
      regions.push({...current, close: index});
      current = undefined;
    }
  });
  if (current) throw new Error(`region "${current.name}" is never closed`);
  return regions;
}

/** The starter with each marked region's body replaced by the solution's body of the same name. */
export function fillTodoRegions(starter: string, solution: string): string {
  const starterLines = starter.split('\n');
  const solutionLines = solution.split('\n');
  const answers = new Map(todoRegions(solutionLines).map((region) => [region.name, solutionLines.slice(region.open + 1, region.close)]));
  const regions = todoRegions(starterLines);
  if (regions.length === 0) throw new Error('the starter file marks no region (# >>> name … # <<< name)');
  const filled = [...starterLines];
  // From the last region up, so earlier indexes stay right.
  for (const region of [...regions].reverse()) {
    const answer = answers.get(region.name);
    if (!answer) throw new Error(`the solution has no region "${region.name}"`);
    filled.splice(region.open + 1, region.close - region.open - 1, ...answer);
  }
  return filled.join('\n');
}
