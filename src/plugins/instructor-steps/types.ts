/** A lab step an instructor note names, as the instructors page shows it. */
export interface NamedStep {
  readonly command: string;
  /** The lab page also shows the step's PowerShell form. */
  readonly hasPowershell: boolean;
  /** "Lab 02, workflow 1, step 2: Start Jupyter, with a token of your own" */
  readonly label: string;
  readonly href: string;
}

/** A named step's key in the generated steps: `<manifest>#<step id>`. */
export const stepKey = (manifest: string, step: string): string => `${manifest}#${step}`;
