/**
 * Docusaurus plugin: the work that follows hydration runs in short tasks, so a phone's main thread
 * is never blocked for long after the page appears (Lighthouse's total blocking time).
 *
 * - The app starts in tasks of its own (clientEntry.tsx, production builds only): Docusaurus's entry
 *   evaluates React, the router and the whole app, and preloads the route, in the one task that
 *   runs `main.js`. Here the route's chunks are also requested a chunk name per task
 *   (routeChunks.ts): under Lighthouse, each `<script>` a page adds costs a few milliseconds.
 * - The flip of `useIsBrowser` to true is a transition (BrowserContextProvider.tsx): React renders
 *   its consumers in slices of a few milliseconds instead of one synchronous render.
 * - So is the first window size (useWindowSize.ts), which swaps the docs sidebar for the phone's.
 * - Link prefetches wait for idle time, one file at a time and only files the page has not
 *   fetched (idle-prefetch.ts), instead of every chunk of every route at once as the links'
 *   IntersectionObservers fire.
 */
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Plugin} from '@docusaurus/types';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Docusaurus's own provider, imported by its App and by useIsBrowser as './browserContext'. */
export const CORE_BROWSER_CONTEXT = /@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]browserContext\.js$/;
/** The theme's window size hook, imported by the docs sidebar, a doc's layout and the phone menu. */
export const THEME_WINDOW_SIZE = /@docusaurus[\\/]theme-common[\\/]lib[\\/]hooks[\\/]useWindowSize\.js$/;
/** Docusaurus's client entry: the browser bundle's only entry. */
export const CORE_CLIENT_ENTRY = /@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]clientEntry\.js$/;

export default function shortTasksPlugin(): Plugin {
  return {
    name: 'short-tasks',
    getClientModules: () => [path.join(here, 'idle-prefetch.ts')],
    configureWebpack: (config, isServer, {currentBundler}) => ({
      plugins: [
        // Both importers resolve to one replacement, so its Context is the one every hook reads.
        new currentBundler.instance.NormalModuleReplacementPlugin(CORE_BROWSER_CONTEXT, path.join(here, 'BrowserContextProvider.tsx')),
        new currentBundler.instance.NormalModuleReplacementPlugin(THEME_WINDOW_SIZE, path.join(here, 'useWindowSize.ts')),
        // Production only: `npm start` renders without hydrating and keeps Docusaurus's hot-reloading entry.
        ...(!isServer && config.mode === 'production'
          ? [new currentBundler.instance.NormalModuleReplacementPlugin(CORE_CLIENT_ENTRY, path.join(here, 'clientEntry.tsx'))]
          : []),
      ],
    }),
  };
}
