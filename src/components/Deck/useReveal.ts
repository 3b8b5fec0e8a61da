/**
 * Starts reveal.js on a deck element once the page is in the browser, and stops it when the page
 * goes away. reveal.js and its notes plugin are loaded here, on demand, so they are part of the
 * deck pages' chunks only; the server-rendered page keeps the slides as plain, readable HTML.
 */
import {useEffect, useState, type RefObject} from 'react';
import type RevealConstructor from 'reveal.js';
import type {RevealApi} from 'reveal.js';
import type NotesPlugin from 'reveal.js/plugin/notes';
import {mountRevealStyles} from './revealStyles';
import {revealConfig} from './revealConfig';
import {keepUrlPlugin} from './keepUrlPlugin';
import {whenSlidesWanted} from './whenSlidesWanted';

/**
 * `document` as rendered by the server (slides one after another), `starting` once reveal.js is
 * loaded (the page now fills the window), then `presenting`, or `print` once the print layout
 * (?print-pdf) is ready.
 */
export type DeckStatus = 'document' | 'starting' | 'presenting' | 'print' | 'failed';

interface RevealModules {
  readonly Reveal: typeof RevealConstructor;
  readonly Notes: typeof NotesPlugin;
}

async function loadReveal(): Promise<RevealModules> {
  const [reveal, notes] = await Promise.all([import('reveal.js'), import('reveal.js/plugin/notes')]);
  return {Reveal: reveal.default, Notes: notes.default};
}

/**
 * `asked`: the reader asked for slides. Until they are wanted (see whenSlidesWanted) the page stays
 * a `document` and reveal.js is not downloaded.
 */
export function useReveal(element: RefObject<HTMLElement | null>, revealCss: string, minutes: number, asked: boolean): DeckStatus {
  const [modules, setModules] = useState<RevealModules | null>(null);
  const [status, setStatus] = useState<DeckStatus>('document');

  useEffect(() => {
    let stopped = false;
    const stopWaiting = whenSlidesWanted(asked, () => {
      loadReveal().then(
        (loaded) => {
          if (stopped) return;
          setModules(loaded);
          setStatus('starting');
        },
        (error: unknown) => {
          console.error('reveal.js could not be loaded:', error);
          if (!stopped) setStatus('failed');
        },
      );
    });
    return () => {
      stopped = true;
      stopWaiting();
    };
  }, [asked]);

  // Runs after the `starting` render, so reveal.js measures the full-window layout.
  useEffect(() => {
    const root = element.current;
    if (!modules || !root) return undefined;
    let stopped = false;
    const unmountStyles = mountRevealStyles(revealCss);
    const deck: RevealApi = new modules.Reveal(root, revealConfig([modules.Notes, keepUrlPlugin()], minutes));
    deck.on('pdf-ready', () => setStatus('print'));
    deck.initialize().then(
      // (reveal 6's typings promise isPrintingPDF(), which the runtime lacks; its config says it.)
      () => {
        if (!stopped && deck.getConfig().view !== 'print') setStatus('presenting');
      },
      (error: unknown) => {
        console.error('The deck could not start:', error);
        if (!stopped) setStatus('failed');
      },
    );
    return () => {
      stopped = true;
      // A deck still starting (a quick navigation away) is destroyed as soon as it is ready.
      if (deck.isReady()) deck.destroy();
      else deck.on('ready', () => deck.destroy());
      unmountStyles();
    };
  }, [element, modules, revealCss, minutes]);

  return status;
}
