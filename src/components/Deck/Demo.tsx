import type {ReactNode} from 'react';

interface Props {
  /** The minutes the demo takes, the slide's talk included: the deck's time model counts them. */
  readonly minutes: number;
  readonly children?: ReactNode;
}

/**
 * A live demo on a slide. The slide counts its `minutes` in the deck's time model
 * (src/plugins/decks/slides.ts), and the speaker view's pacing gives it that time.
 */
export default function Demo({minutes, children}: Props): ReactNode {
  return (
    <div className="deck-demo" data-demo-minutes={minutes}>
      <p className="deck-kicker">Live demo</p>
      {children}
    </div>
  );
}
