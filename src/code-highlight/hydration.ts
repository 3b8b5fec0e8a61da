/**
 * Whether the app is still rendering the page the server sent: true in the browser until the first
 * route update, which Docusaurus dispatches to its client modules (this is one, see plugin.ts)
 * from a layout effect right after the first commit. A code block reads it when it first renders,
 * to know whether its lines are already on the page. A plain value, not a store: its change
 * re-renders nothing.
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
