/**
 * A mutant: a small, realistic breakage of one lab, declared as data (`tests/mutants/*.ts`). The
 * mutation suite applies it to a copy of the lab and requires the checker to fail, in the checks
 * it names, with reasons that name what broke. A mutant that survives is a claim CI does not prove.
 */

/** One edit to a file of the lab, relative to the lab's folder (`solution/app.py`, `check.sh`). */
export type MutantEdit =
  /** Exact text, which must occur exactly once (so a mutant can never silently change nothing). */
  | {readonly file: string; readonly replace: string; readonly with: string}
  /**
   * Text matching the pattern, which must match exactly once: for a line whose exact text another
   * change may move on (a base image's version), so the mutant keeps meaning the same breakage.
   */
  | {readonly file: string; readonly replaceMatch: RegExp; readonly with: string}
  /** Every line matching the pattern goes; at least one must match. */
  | {readonly file: string; readonly deleteLines: RegExp}
  /** The file goes. */
  | {readonly file: string; readonly delete: true}
  /** The file is written (created or replaced) with this text. */
  | {readonly file: string; readonly write: string};

export interface Mutant {
  /** Short kebab-case name, unique within the lab. */
  readonly id: string;
  /** What breaks, as a student or maintainer would do it. */
  readonly breaks: string;
  readonly edits: readonly MutantEdit[];
  /**
   * Check outcome name (as the report names it: `step up`, `self-check script`, `build api`, or a
   * check's `name`) -> text its failure reason must contain. Only these checks run (with the
   * builds, which always run), and each one must fail with its text.
   */
  readonly kills: Readonly<Record<string, string | readonly string[]>>;
  /** Environment for the checks' scripts, to run only the tests a mutant can affect. */
  readonly env?: Readonly<Record<string, string>>;
}

export interface LabMutants {
  /** The lab id, as `npm run labs:check` takes it. */
  readonly lab: string;
  readonly mutants: readonly Mutant[];
  /**
   * Gates of the lab's `check.sh` (the start of a `fail` message) that no mutant makes fail, each
   * with why: a unit test requires every other gate to be proven by a mutant's self-check kill.
   */
  readonly gatesWithoutMutant?: Readonly<Record<string, string>>;
}

/** Identity function: gives mutant files type checking, nothing else. */
export function defineMutants(mutants: LabMutants): LabMutants {
  return mutants;
}
