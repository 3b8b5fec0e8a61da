/**
 * The webpack chunks of a route, found as Docusaurus's client finds them (`docusaurus.js`, whose
 * helper is private): the chunk names of every route the path matches, by route path (the names'
 * keys are the path and a hash). Shared by the app's start, which requests a page's chunks one
 * name per task, and by the idle prefetches, which fetch one file per idle period.
 */
import {matchRoutes} from 'react-router-config';
import flat from '@docusaurus/core/lib/client/flat';
import routes from '@generated/routes';
import routesChunkNames from '@generated/routesChunkNames';

let byRoutePath: Map<string, string[]> | undefined;

/** Chunk names by route path, built once: a route's chunk names are then a lookup, not a scan. */
function chunkNamesByRoutePath(): Map<string, string[]> {
  if (byRoutePath) return byRoutePath;
  byRoutePath = new Map();
  for (const [pathWithHash, chunks] of Object.entries(routesChunkNames)) {
    const routePath = pathWithHash.replace(/-[^-]+$/, '');
    byRoutePath.set(routePath, [...(byRoutePath.get(routePath) ?? []), ...Object.values(flat(chunks))]);
  }
  return byRoutePath;
}

/** The chunk names a visit to `pathname` needs, the layouts' first, each once. */
export function routeChunkNames(pathname: string): string[] {
  const names = matchRoutes(routes, pathname).flatMap(({route}) => chunkNamesByRoutePath().get(route.path) ?? []);
  return [...new Set(names)];
}
