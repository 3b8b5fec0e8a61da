import type {ReactNode} from 'react';
import {formatClock, kindLabel} from '@site/src/data/agenda';
import type {DeckBlock} from '@site/src/data/decks';
import Notes from './Notes';

interface Props {
  readonly title: string;
  readonly description: string;
  readonly block: DeckBlock;
}

/** The opening slide of every deck, written from the agenda: what the block covers and when. */
export default function TitleSlide({title, description, block}: Props): ReactNode {
  const when = `${block.minutes} minutes · ${formatClock(block.startsAt)}–${formatClock(block.endsAt)}`;
  return (
    <section className="deck-title-slide" data-slide="title">
      <p className="deck-kicker">Docker for Data Science</p>
      <h1>{title}</h1>
      <p className="deck-lead">{description}</p>
      <p className="deck-when">{when}</p>
      <Notes>
        <p>
          This block: {block.sections.map((s) => `${s.title} (${kindLabel[s.kind].toLowerCase()}, ${s.minutes} min)`).join('; ')}. It runs
          from {formatClock(block.startsAt)} to {formatClock(block.endsAt)} on the course clock; check the timer against that.
        </p>
      </Notes>
    </section>
  );
}
