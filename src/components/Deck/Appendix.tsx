import type {ReactNode} from 'react';
import Notes from './Notes';

/**
 * The divider that opens a deck's appendix, written in the deck as a slide holding only
 * `<Appendix />`. The lecture ends at the closing slide before it; the slides after it are for
 * reading after the tutorial (or for a question from the room), and take none of the deck's time.
 */
export default function Appendix(): ReactNode {
  return (
    <>
      <h2>Appendix: for after the tutorial</h2>
      <p className="deck-lead">The lecture ends on the slide before this one. The slides that follow go deeper, for reading at home.</p>
      <Notes>
        <p>
          Stop before this slide: the closing slide hands over to what comes next. The slides from here on are not part of the block's
          minutes (the speaker view's pacing leaves them out); open one only to answer a question.
        </p>
      </Notes>
    </>
  );
}
