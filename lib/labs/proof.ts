/**
 * What the "How this course is proven" page shows of each lab: the shape of the data that
 * `scripts/lab-checker/proof.ts` reads from the lab manifests, the mutants and the stand-in recipes.
 * Types only, so the page and the checker share them without importing each other.
 */
import type {LabCheck, LintExemption} from './manifest';

/** How the checker proves one student step. */
export type StepProof =
  | {readonly how: 'as written'}
  | {readonly how: 'equivalent'; readonly command: string; readonly why: string}
  | {readonly how: 'not run'; readonly why: string};

export interface ProvenStep {
  readonly id: string;
  readonly title: string;
  readonly proof: StepProof;
  /** Offline, where the registry is out of reach: what runs instead of a pull. */
  readonly offline?: string;
  /** A Linux variant for a student whose uid is not 1000, run too. */
  readonly otherUid: boolean;
  /** The page's "you should see" box: what the run printed, or written by hand, and why. */
  readonly box: StepBox;
}

export type StepBox =
  {readonly kind: 'captured'} | {readonly kind: 'written'; readonly text: string; readonly why: string} | {readonly kind: 'none'};

export interface ProvenCheck {
  readonly name: string;
  readonly kind: LabCheck['kind'];
  /** Offline this check proves nothing and is reported skipped, for this reason. */
  readonly offlineSkip?: string;
  /** Requests or files that must be refused with a clear error. */
  readonly badInputs: number;
}

export interface ProvenPart {
  readonly id: string;
  readonly title: string;
  readonly takeHome: boolean;
  readonly images: readonly string[];
  readonly steps: readonly ProvenStep[];
  readonly checks: readonly ProvenCheck[];
  readonly mutants: readonly {readonly id: string; readonly breaks: string}[];
  /** Lint rules a file of the lab is exempt from, and why (kept in the manifest, not in the file). */
  readonly lintExemptions: readonly LintExemption[];
}

export interface CourseProof {
  readonly labs: readonly {readonly id: string; readonly parts: readonly ProvenPart[]}[];
  readonly standIns: readonly {readonly image: string; readonly builtFrom: string}[];
}
