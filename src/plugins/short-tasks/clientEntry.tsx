/**
 * Stands in for Docusaurus's client entry in a production build (`@docusaurus/core/lib/client/
 * clientEntry.js`, same behaviour). Docusaurus's entry imports React, React DOM, the router and
 * the whole app statically, so the browser evaluates all of them, and then preloads the route, in
 * one task of `main.js`: the longest task of a first visit on a phone. Here each group of modules is
 * evaluated in a task of its own (the modules are in `main.js` already: "eager" imports add no
 * chunk and no request), the route's chunks are requested a chunk name per task, and the page
 * hydrates exactly as Docusaurus's entry hydrates it.
 */
import type {Root} from 'react-dom/client';
import ExecutionEnvironment from '@docusaurus/core/lib/client/exports/ExecutionEnvironment';

declare global {
  interface Window {
    /** Docusaurus's entry keeps its React root here; so does this one. */
    docusaurusRoot?: Root;
  }
}

/** Resolves in a new task, so the browser can paint and handle input in between. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

async function start(): Promise<void> {
  const {startTransition} = await import(/* webpackMode: "eager" */ 'react');
  const {default: ReactDOM} = await import(/* webpackMode: "eager" */ 'react-dom/client');
  await nextTask();
  const [{HelmetProvider}, {BrowserRouter, HashRouter}, {default: siteConfig}] = await Promise.all([
    import(/* webpackMode: "eager" */ 'react-helmet-async'),
    import(/* webpackMode: "eager" */ 'react-router-dom'),
    import(/* webpackMode: "eager" */ '@generated/docusaurus.config'),
  ]);
  await nextTask();
  const {default: App} = await import(/* webpackMode: "eager" */ '@docusaurus/core/lib/client/App');
  await nextTask();
  const [{default: preload}, {default: docusaurus}, {default: registry}, {routeChunkNames}] = await Promise.all([
    import(/* webpackMode: "eager" */ '@docusaurus/core/lib/client/preload'),
    import(/* webpackMode: "eager" */ '@docusaurus/core/lib/client/docusaurus'),
    import(/* webpackMode: "eager" */ '@generated/registry'),
    import(/* webpackMode: "eager" */ './routeChunks'),
  ]);

  window.docusaurus = docusaurus;
  const container = document.getElementById('__docusaurus');
  if (!container) throw new Error('The page has no #__docusaurus element to hydrate.');
  const hashRouter = siteConfig.future.experimental_router === 'hash';
  const app = (
    <HelmetProvider>
      {hashRouter ? (
        <HashRouter>
          <App />
        </HashRouter>
      ) : (
        <BrowserRouter>
          <App />
        </BrowserRouter>
      )}
    </HelmetProvider>
  );
  // The route's chunks are requested one chunk name per task (each request adds a <script>), so
  // that `preload` finds them under way and adds none itself. A request that fails is retried, and
  // its error reported, by `preload`.
  for (const chunkName of routeChunkNames(window.location.pathname)) {
    await nextTask();
    registry[chunkName]?.[0]().catch(() => undefined);
  }
  await nextTask();
  await preload(window.location.pathname);
  startTransition(() => {
    window.docusaurusRoot = ReactDOM.hydrateRoot(container, app, {
      onRecoverableError: (error, errorInfo) => console.error('Docusaurus React Root onRecoverableError:', error, errorInfo),
    });
  });
}

if (ExecutionEnvironment.canUseDOM) void start();
