declare module '@generated/instructor-steps/steps.json' {
  import type {NamedStep} from '@site/src/plugins/instructor-steps/types';

  /** By `<manifest>#<step>`. */
  const steps: Readonly<Record<string, NamedStep>>;
  export default steps;
}
