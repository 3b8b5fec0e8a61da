/**
 * Client module: Docusaurus prefetches the chunks of each route a link points to as soon as the
 * link is on screen, in the task where the links' IntersectionObservers fire: on a lab page that
 * is one task of about 100 ms with the CPU slowed 4×, right after the page appears. Here the same
 * prefetches wait for idle time, one route per idle period. `window.docusaurus.prefetch` is what
 * every Link calls; Docusaurus freezes that object, so it is replaced by a copy, once, on the first
 * route update (after hydration's commit, before any observer has fired).
 */
import type {ClientModule} from '@docusaurus/types';
import {idleQueue} from './idle-queue';

const deferred = new WeakSet<Window['docusaurus']['prefetch']>();

function deferPrefetches(): void {
  const {docusaurus} = window;
  if (!docusaurus || deferred.has(docusaurus.prefetch)) return;
  const prefetchNow = docusaurus.prefetch;
  const add = idleQueue<string>((routePath) => {
    // A failed prefetch only means that page loads its chunks when it is visited.
    const prefetching = prefetchNow(routePath);
    if (prefetching) prefetching.catch(() => undefined);
  });
  const prefetchWhenIdle: typeof prefetchNow = (routePath) => {
    add(routePath);
    return false;
  };
  deferred.add(prefetchWhenIdle);
  window.docusaurus = Object.freeze({...docusaurus, prefetch: prefetchWhenIdle});
}

const client: ClientModule = {
  onRouteDidUpdate: deferPrefetches,
};
export default client;
