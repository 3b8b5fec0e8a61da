/**
 * Whether the app is hydrating the server's page: from just before `hydrateRoot` (clientEntry.tsx,
 * production builds only) to the first effects after hydration's commit (BrowserContextProvider.tsx).
 * `npm start` renders the page without hydrating it, so this stays false there. A component reads
 * it when it first renders, to know whether its DOM came from the server; it is a plain value,
 * not a store, so that its change re-renders nothing.
 */
let hydrating = false;

export function isHydrating(): boolean {
  return hydrating;
}

export function setHydrating(value: boolean): void {
  hydrating = value;
}
