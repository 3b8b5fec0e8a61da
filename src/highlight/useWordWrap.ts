/**
 * The code block's word-wrap state, as the theme's useCodeWordWrap keeps it (the word-wrap button
 * shows when the code is wider than its block, or wrapped), measured when the browser lays the
 * block out anyway: a ResizeObserver reports its first layout, a resize, a hidden tab shown, lines
 * that arrive later. The theme's hook reads every block's size right after the page's first
 * render, forcing a layout then, in the longest task of the page.
 */
import {startTransition, useCallback, useEffect, useRef, useState, type RefObject} from 'react';

export interface WordWrap {
  readonly codeBlockRef: RefObject<HTMLPreElement | null>;
  readonly isEnabled: boolean;
  readonly isCodeScrollable: boolean;
  readonly toggle: () => void;
}

export function useWordWrap(): WordWrap {
  const codeBlockRef = useRef<HTMLPreElement>(null);
  const [isEnabled, setIsEnabled] = useState(false);
  const [isCodeScrollable, setIsCodeScrollable] = useState(false);

  useEffect(() => {
    const pre = codeBlockRef.current;
    if (!pre || typeof ResizeObserver === 'undefined') return undefined;
    const measure = () => {
      const code = pre.querySelector('code');
      const scrollable = pre.scrollWidth > pre.clientWidth || Boolean(code?.hasAttribute('style'));
      startTransition(() => setIsCodeScrollable(scrollable));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(pre);
    // The lines' own box grows when they arrive after the block (a code island on a client-side visit).
    const code = pre.querySelector('code');
    if (code) observer.observe(code);
    return () => observer.disconnect();
  }, []);

  const toggle = useCallback(() => {
    const code = codeBlockRef.current?.querySelector('code');
    if (!code) return;
    if (isEnabled) {
      code.removeAttribute('style');
    } else {
      code.style.whiteSpace = 'pre-wrap';
      // Very long words and strings wrap too, so a wrapped block never scrolls.
      code.style.overflowWrap = 'anywhere';
    }
    setIsEnabled(!isEnabled);
  }, [isEnabled]);

  return {codeBlockRef, isEnabled, isCodeScrollable, toggle};
}
