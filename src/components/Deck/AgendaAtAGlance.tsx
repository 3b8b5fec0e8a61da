import type {ReactNode} from 'react';
import {formatClock, kindLabel, withClock} from '@site/src/data/agenda';

/** The whole afternoon on one slide, from the agenda data: start time, kind and title of each section. */
export default function AgendaAtAGlance(): ReactNode {
  return (
    <ol className="deck-agenda">
      {withClock().map((s) => (
        <li key={s.number} className={`deck-agenda__${s.kind === 'lecture/demo' ? 'demo' : s.kind}`}>
          <span className="deck-agenda__time">{formatClock(s.startsAt)}</span> {s.title}{' '}
          <span className="deck-agenda__kind">
            ({kindLabel[s.kind].toLowerCase()}, {s.minutes} min)
          </span>
        </li>
      ))}
    </ol>
  );
}
