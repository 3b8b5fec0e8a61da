declare module '@generated/instructor-steps/steps.json' {
  import type {NamedStep} from '@site/src/plugins/instructor-steps/types';

  /** By `<manifest>#<step>`. */
  const steps: Readonly<Record<string, NamedStep>>;
  export default steps;
}

declare module '@generated/instructor-steps/notes.json' {
  import type {InstructorNote} from '@site/src/data/instructor-notes';

  /** Every note, in agenda order. */
  const notes: readonly InstructorNote[];
  export default notes;
}
