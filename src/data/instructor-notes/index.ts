/**
 * Instructor notes, one per agenda section: how to spend its minutes, what to show, and what
 * usually goes wrong in the room. The instructors page renders them in agenda order.
 *
 * The notes are content files, `notes/<section>-<deck or lab>.md`, whose front matter holds the note
 * (`load.ts` reads them; `check.ts` checks them). The section's length and clock come from
 * `agenda.ts`: a note splits the section's minutes into slices (which must add up to them) and
 * places cues by minutes into the section, so no note restates a length or a time of day. Lab
 * commands are named by their step (`<manifest>#<step>`), and the page takes the command from the
 * lab's manifest; troubleshooting entries by their anchor. This module holds the notes' types.
 */
import type {ManifestId} from '../../../labs/registry';

/** The entries of the troubleshooting page (`docs/course/troubleshooting.mdx`), by anchor, with their headings. */
export const troubleshootingEntries = {
  'port-clashes': 'Port is already allocated',
  'docker-socket-permissions': 'Permission denied on the Docker socket',
  'daemon-not-running': 'Cannot connect to the Docker daemon',
  'pull-rate-limit': 'A pull fails with `toomanyrequests`',
  'crlf-line-endings': 'Scripts fail with `\\r` or "no such file or directory"',
  'apple-silicon': 'Apple Silicon (M1–M4 Macs)',
  'exec-format-error': '`exec format error`',
  'windows-paths': 'Windows: paths in bind mounts, and slow mounts',
  'disk-space': 'No space left on device',
  'bind-mount-permissions': 'Permission denied in a mounted folder',
  'proxies-and-vpns': 'Behind a company proxy, or on a VPN',
  'certificate-verify-failed': 'pip fails with `CERTIFICATE_VERIFY_FAILED`',
  'docker-desktop-licence': "Docker Desktop's licence, and the free alternatives",
  'stale-image': 'A change to my code does not show up',
} as const;

export type TroubleshootingAnchor = keyof typeof troubleshootingEntries;

/** A step of a lab, by the manifest's id and the step's id (`labs/<lab>/lab.ts`). */
export interface StepRef {
  readonly manifest: ManifestId;
  readonly step: string;
}

/**
 * In prose, `{{<manifest>#<step>}}` stands for that step's command: the page writes the command
 * from the lab's manifest and links it to the step, so a lab command is never typed here.
 */
export const STEP_TOKEN = /\{\{([^#{}]+)#([^#{}]+)\}\}/g;

/** The steps a piece of prose names with `{{<manifest>#<step>}}`, unchecked. */
export function stepTokensOf(text: string): {readonly manifest: string; readonly step: string}[] {
  return [...text.matchAll(STEP_TOKEN)].map((m) => ({manifest: m[1] ?? '', step: m[2] ?? ''}));
}

/** A share of the section's minutes. */
export interface TimeSlice {
  readonly minutes: number;
  readonly what: string;
}

/** Something to say to the room once `after` minutes of the section have passed. */
export interface Cue {
  readonly after: number;
  readonly say: string;
}

export interface Timing {
  /** The section's minutes, in order; they add up to the agenda's minutes for the section. */
  readonly plan: readonly TimeSlice[];
  readonly cues?: readonly Cue[];
}

/** One thing to show: a lab step, whose command the page takes from the lab, or anything else, in words. */
export type DemoItem =
  {readonly kind: 'step'; readonly step: StepRef; readonly say: string} | {readonly kind: 'show'; readonly text: string};

export interface PainPoint {
  /** What the room sees. */
  readonly problem: string;
  /** What to tell them. */
  readonly fix: string;
  readonly troubleshooting?: TroubleshootingAnchor;
  readonly step?: StepRef;
}

export interface InstructorNote {
  /** The agenda section's `number`. */
  readonly section: number;
  readonly timing: Timing;
  /** For a break: what to check while the room rests. */
  readonly demo: readonly DemoItem[];
  readonly pitfalls: readonly PainPoint[];
}
