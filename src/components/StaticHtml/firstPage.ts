/**
 * Whether the app is still rendering the page the server sent: true in the browser until the first
 * route update, which Docusaurus dispatches to its client modules (this is one, listed in
 * docusaurus.config.ts) from a layout effect right after the first commit, when the page has
 * hydrated. A component reads it when it first renders, to know whether its HTML is already on
 * the page (index.tsx). A plain value, not a store: its change re-renders nothing.
 */
import type {ClientModule} from '@docusaurus/types';

let firstPageRendered = false;

export function isFirstRender(): boolean {
  return typeof window !== 'undefined' && !firstPageRendered;
}

const client: ClientModule = {
  onRouteDidUpdate() {
    firstPageRendered = true;
  },
};
export default client;
