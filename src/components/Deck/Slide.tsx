import type {ReactNode} from 'react';
import clsx from 'clsx';

interface Props {
  /** 1-based position among the MDX slides; set by the remark plugin, handy when reading the HTML. */
  readonly number?: string;
  /** Set by the remark plugin on a slide with a live demo: its declared minutes, which the pacing gives it. */
  readonly minutes?: string;
  /** Set by the remark plugin on the appendix's slides: for after the tutorial, outside the deck's time. */
  readonly appendix?: boolean;
  readonly className?: string;
  readonly children: ReactNode;
}

/**
 * One slide: reveal.js's `<section>`. The remark plugin wraps each `---`-separated part of a deck in it.
 * An appendix slide is `uncounted` for reveal.js: left out of the slide numbers and of the speaker
 * view's pacing (its notes plugin shares the deck's `totalTime` among counted slides only). A demo
 * slide's `data-timing` gives it its own minutes, the other slides share the rest.
 */
export default function Slide({number, minutes, appendix = false, className, children}: Props): ReactNode {
  return (
    <section
      className={clsx('deck-slide', appendix && 'deck-appendix-slide', className)}
      data-slide={number}
      data-visibility={appendix ? 'uncounted' : undefined}
      data-timing={minutes ? String(Number(minutes) * 60) : undefined}
    >
      {appendix && <p className="deck-kicker deck-appendix-kicker">Appendix · for after the tutorial</p>}
      {children}
    </section>
  );
}
