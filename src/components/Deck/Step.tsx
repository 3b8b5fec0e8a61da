import {Children, cloneElement, isValidElement, type ReactElement, type ReactNode} from 'react';
import clsx from 'clsx';

interface Classy {
  className?: string;
  children?: ReactNode;
}

/** Content that appears on the next key press (a reveal.js fragment). */
export function Step({children}: {readonly children: ReactNode}): ReactNode {
  return <div className="fragment">{children}</div>;
}

function withClass(element: ReactElement<Classy>, className: string): ReactElement<Classy> {
  return cloneElement(element, {className: clsx(element.props.className, className)});
}

/** Wraps a Markdown list whose items appear one key press at a time. */
export function Steps({children}: {readonly children: ReactNode}): ReactNode {
  return (
    <div className="deck-steps">
      {Children.map(children, (list) => {
        if (!isValidElement<Classy>(list)) return list;
        const items = Children.map(list.props.children, (item) => (isValidElement<Classy>(item) ? withClass(item, 'fragment') : item));
        return cloneElement(list, {children: items});
      })}
    </div>
  );
}
