import type {ReactNode} from 'react';

/**
 * Speaker notes: what to say and what to demo. reveal.js shows them in the speaker view (`s`)
 * and hides them on the slide; without JavaScript they read as a note under the slide.
 */
export default function Notes({children}: {readonly children: ReactNode}): ReactNode {
  return (
    <aside className="notes" aria-label="Speaker notes">
      {children}
    </aside>
  );
}

/** Marks a slide that deliberately has no notes (the notes test accepts it instead of `<Notes>`). */
export function NoNotes(_props: {readonly reason: string}): ReactNode {
  return null;
}
