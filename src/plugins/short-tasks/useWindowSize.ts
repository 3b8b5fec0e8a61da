/**
 * Stands in for the theme's useWindowSize (see index.ts). Same exports and behaviour: 'ssr' while
 * hydrating, then 'desktop' or 'mobile' by the theme's breakpoint. The change: the size is set as
 * a transition. Set plainly, the first size re-renders the docs sidebar (on a phone: unmounts the
 * desktop one, mounts the phone's menu) and the doc's table of contents in one synchronous render
 * right after hydration.
 */
import {startTransition, useEffect, useState} from 'react';

const DESKTOP_BREAKPOINT = 996; // Infima's, as in the theme

export type WindowSize = 'desktop' | 'mobile' | 'ssr';

function currentSize(desktopBreakpoint: number): WindowSize {
  return window.innerWidth > desktopBreakpoint ? 'desktop' : 'mobile';
}

export function useWindowSize({desktopBreakpoint = DESKTOP_BREAKPOINT}: {desktopBreakpoint?: number} = {}): WindowSize {
  // Constant on the first render, so that hydration matches the server.
  const [windowSize, setWindowSize] = useState<WindowSize>('ssr');
  useEffect(() => {
    const update = (): void => startTransition(() => setWindowSize(currentSize(desktopBreakpoint)));
    update();
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [desktopBreakpoint]);
  return windowSize;
}
