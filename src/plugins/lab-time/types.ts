/** A lab's core-path estimate as the lab page shows it (the time model's figures, minus file lists). */
export interface LabTime {
  readonly steps: number;
  readonly todoLines: number;
  readonly words: number;
  /** The words' reading time, at the time model's speed. */
  readonly readingMinutes: number;
  readonly waitMinutes: number;
  readonly inLecture: number;
  readonly minutes: number;
}

/** By lab id, as in the agenda. */
export type LabTimes = Record<string, LabTime>;
