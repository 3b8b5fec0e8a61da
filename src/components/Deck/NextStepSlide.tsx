import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {formatClock} from '@site/src/data/agenda';
import {labHref, labLabel, type NextStep} from '@site/src/data/decks';
import Notes from './Notes';

interface Props {
  readonly next: NextStep;
  /** The next deck's title, when the next step is a deck. */
  readonly nextDeckTitle?: string;
}

/** The closing slide of every deck: where the room goes now, from the agenda. */
export default function NextStepSlide({next, nextDeckTitle}: Props): ReactNode {
  return (
    <section className="deck-next-slide" data-slide="next">
      {next.kind === 'lab' && (
        <>
          <h2>Your turn: {labLabel(next.lab)}</h2>
          <p className="deck-lead">{next.lab.youWill}</p>
          <p className="deck-when">
            {next.section.minutes} minutes, until {formatClock(next.section.endsAt)} · folder <code>labs/{next.lab.id}</code>
          </p>
          <p>
            <Link to={labHref(next.lab)}>Open the lab instructions</Link>
          </p>
          <Notes>
            <p>
              Hand over to the lab: {next.section.minutes} minutes, until {formatClock(next.section.endsAt)}. Leave this slide up so
              everyone sees the folder name. Walk the room; point people who are stuck at the lab's <code>solution/</code> folder and its
              self-check.
            </p>
          </Notes>
        </>
      )}
      {next.kind === 'deck' && (
        <>
          <h2>Next: {nextDeckTitle ?? next.section.title}</h2>
          <p className="deck-when">
            {next.section.minutes} minutes, from {formatClock(next.section.startsAt)}
          </p>
          <p>
            <Link to={`/slides/${next.deck}`}>Go to the next deck</Link>
          </p>
          <Notes>
            <p>No lab in between: go straight on to the next deck, which starts at {formatClock(next.section.startsAt)}.</p>
          </Notes>
        </>
      )}
      {next.kind === 'end' && (
        <>
          <h2>Thank you!</h2>
          <p className="deck-lead">The slides, labs and cheatsheet stay online; every lab has a solution and a self-check.</p>
          <p>
            <Link to="/slides">All slides</Link> · <Link to="/docs/labs">All labs</Link> · <Link to="/docs/cheatsheet">Cheatsheet</Link>
          </p>
          <Notes>
            <p>Thank the room, point at the links, and stay for questions.</p>
          </Notes>
        </>
      )}
    </section>
  );
}
