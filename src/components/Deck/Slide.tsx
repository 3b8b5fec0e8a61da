import type {ReactNode} from 'react';
import clsx from 'clsx';

interface Props {
  /** 1-based position among the MDX slides; set by the remark plugin, handy when reading the HTML. */
  readonly number?: string;
  readonly className?: string;
  readonly children: ReactNode;
}

/** One slide: reveal.js's `<section>`. The remark plugin wraps each `---`-separated part of a deck in it. */
export default function Slide({number, className, children}: Props): ReactNode {
  return (
    <section className={clsx('deck-slide', className)} data-slide={number}>
      {children}
    </section>
  );
}
