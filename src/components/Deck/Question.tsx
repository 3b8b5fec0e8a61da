import type {ReactNode} from 'react';

interface Props {
  /** The question, shown at once. */
  readonly q: string;
  /** The answer, revealed on the next key press. */
  readonly children: ReactNode;
}

/** A knowledge-check question whose answer is a fragment. */
export default function Question({q, children}: Props): ReactNode {
  return (
    <div className="deck-question">
      <p className="deck-question__q">{q}</p>
      <div className="fragment deck-question__a">{children}</div>
    </div>
  );
}
