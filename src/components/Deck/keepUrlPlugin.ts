/**
 * A reveal.js plugin that keeps a deck's URL writes to the deck's own page. reveal.js writes the
 * slide into the URL (#/6) through a history.replaceState delayed by up to a second, which neither
 * a navigation nor destroy() cancels: after a link to another page (whose code may still be loading
 * while the deck is mounted) it would stamp the deck's slide onto that page's URL. Plugins are
 * given reveal's own controllers, so the one that writes the URL can be guarded here.
 */
import type {RevealApi, RevealPlugin} from 'reveal.js';

/** The part of reveal's location controller this plugin guards (not in reveal's typings). */
interface LocationController {
  replaceState(url: string): void;
}

function locationOf(deck: RevealApi): LocationController | undefined {
  const location = (deck as unknown as {location?: Partial<LocationController>}).location;
  return typeof location?.replaceState === 'function' ? (location as LocationController) : undefined;
}

export function keepUrlPlugin(): RevealPlugin {
  return {
    id: 'keep-url-to-this-page',
    init(deck) {
      const location = locationOf(deck);
      if (!location) return;
      const write = location.replaceState.bind(location);
      const deckPath = window.location.pathname;
      location.replaceState = (url: string) => {
        if (window.location.pathname === deckPath) write(url);
      };
    },
  };
}
