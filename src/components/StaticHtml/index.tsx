/**
 * Server HTML the browser keeps as it is: a part of the page that hydration skips. React does not
 * look inside an element given `dangerouslySetInnerHTML`, so an element given an empty one while
 * the first page hydrates keeps what the server rendered into it, with no component, state or
 * event handler behind it (its buttons and tabs, if any, work through listeners on the document,
 * its links through useRoutedLinks).
 * An element mounted later (a visit within the site; `npm start`, which does not hydrate) renders
 * its children as usual.
 */
import {createElement, useCallback, useEffect, useState, type ReactNode, type RefObject} from 'react';
import {useHistory} from '@docusaurus/router';
import {isFirstRender} from './firstPage';

export interface KeptServerHtml {
  /** Whether the element keeps the server's HTML: decided at its first render, and kept. */
  readonly kept: boolean;
  /** The ref of the element that keeps it. */
  readonly keptRef: (element: HTMLElement | null) => void;
}

export function useKeptServerHtml(): KeptServerHtml {
  const [kept, setKept] = useState(isFirstRender);
  const keptRef = useCallback((element: HTMLElement | null) => {
    // An element React mounted afresh while the page hydrated (it renders a part of the page again
    // after a mismatch) has no server HTML to keep: it renders its own, before the browser paints.
    if (element && !element.hasChildNodes()) setKept(false);
  }, []);
  return {kept, keptRef};
}

interface Props {
  readonly as: 'div' | 'ol' | 'code';
  readonly className?: string;
  readonly children: ReactNode;
}

export default function StaticHtml({as, className, children}: Props): ReactNode {
  const {kept, keptRef} = useKeptServerHtml();
  // Hydration leaves the server's HTML alone, and so does every later render ('' stays '').
  if (kept) return createElement(as, {className, ref: keptRef, dangerouslySetInnerHTML: {__html: ''}, suppressHydrationWarning: true});
  return createElement(as, {className}, children);
}

/**
 * Links in kept HTML are plain anchors, not Docusaurus Links: this makes a click on one that leads
 * to another page of the site (not a file, not an anchor of this page) a visit within the site, as
 * a Link's is. Modified clicks (a new tab) and links with a target stay the browser's.
 */
export function useRoutedLinks(element: RefObject<HTMLElement | null>): void {
  const history = useHistory();
  useEffect(() => {
    const root = element.current;
    if (!root) return undefined;
    const onClick = (event: MouseEvent): void => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href]') : null;
      if (!anchor || (anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return;
      const url = new URL(anchor.href);
      const file = /\.[a-z0-9]+$/i.test(url.pathname);
      if (url.origin !== window.location.origin || file || url.pathname === window.location.pathname) return;
      event.preventDefault();
      history.push(`${url.pathname}${url.search}${url.hash}`);
    };
    root.addEventListener('click', onClick);
    return () => root.removeEventListener('click', onClick);
  }, [element, history]);
}
