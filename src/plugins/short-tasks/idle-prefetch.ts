/**
 * Client module: Docusaurus prefetches the chunks of each route a link points to as soon as the
 * link is on screen, in the task where the links' IntersectionObservers fire: on a lab page that
 * is one task of about 100 ms with the CPU slowed 4×, right after the page appears. Here the same
 * prefetches wait for idle time: a route is resolved to its chunk files in one idle period, and
 * each file the page has not fetched yet is prefetched in an idle period of its own. (Docusaurus
 * prefetches every chunk of the route, the docs layout's too, which the page already has; under
 * Lighthouse each `<link rel=prefetch>` costs several milliseconds.) `window.docusaurus.prefetch`
 * is what every Link calls; Docusaurus freezes that object, so it is replaced by a copy, once, on
 * the first route update (after hydration's commit, before any observer has fired).
 */
import type {ClientModule} from '@docusaurus/types';
import prefetchFile from '@docusaurus/core/lib/client/prefetch';
import {idleQueue} from './idle-queue';
import {routeChunkNames} from './routeChunks';

/** Docusaurus's chunk-asset runtime: a chunk name's file URL (`undefined` in it if webpack merged the chunk away). */
declare const __webpack_require__: {gca(chunkName: string): string | undefined};

type Item = {readonly route: string} | {readonly file: string};

interface NetworkInformation {
  readonly effectiveType?: string;
  readonly saveData?: boolean;
}

/** Docusaurus's own rule: no prefetching on a 2G or data-saving connection. */
function isSlowConnection(): boolean {
  const connection = (navigator as Navigator & {connection?: NetworkInformation}).connection;
  return Boolean(connection?.effectiveType?.includes('2g') || connection?.saveData);
}

/** Whether the page has fetched `url` already (a script it ran, a file it prefetched). */
function fetchedAlready(url: string): boolean {
  return performance.getEntriesByName(new URL(url, window.location.href).href).length > 0;
}

/** The files of a route's chunks that this page has not fetched. */
function filesToPrefetch(routePath: string): string[] {
  return routeChunkNames(routePath)
    .map((name) => __webpack_require__.gca(name))
    .filter((url): url is string => url !== undefined && !url.includes('undefined') && !fetchedAlready(url));
}

const deferred = new WeakSet<Window['docusaurus']['prefetch']>();

function deferPrefetches(): void {
  const {docusaurus} = window;
  if (!docusaurus || deferred.has(docusaurus.prefetch)) return;
  const seen = new Set<string>();
  const queued = new Set<string>();
  const add = idleQueue<Item>((item) => {
    if ('file' in item) {
      // A failed prefetch only means that page loads its chunks when it is visited.
      void prefetchFile(item.file);
      return;
    }
    for (const file of filesToPrefetch(item.route)) {
      if (queued.has(file)) continue;
      queued.add(file);
      add({file});
    }
  });
  const prefetchWhenIdle: typeof docusaurus.prefetch = (routePath) => {
    if (seen.has(routePath) || isSlowConnection()) return false;
    seen.add(routePath);
    add({route: routePath});
    return false;
  };
  deferred.add(prefetchWhenIdle);
  window.docusaurus = Object.freeze({...docusaurus, prefetch: prefetchWhenIdle});
}

const client: ClientModule = {
  onRouteDidUpdate: deferPrefetches,
};
export default client;
