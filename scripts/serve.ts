/**
 * `npm run serve [-- --dir <folder>] [-- --port <port>]`: serves a production build (build/, or the
 * folder named) on http://127.0.0.1:<port> (3000 unless named), under the base URL it was built
 * for, until stopped. The browser tests start it as their web server.
 */
import path from 'node:path';
import {serveStatic} from '../lib/static-server';
import {buildDir, siteOrigin} from './lib/site-pages';

const flag = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};
const dir = path.resolve(flag('--dir') ?? buildDir);
const baseUrl = new URL(siteOrigin(dir)).pathname;
serveStatic(dir, {baseUrl, port: Number(flag('--port') ?? 3000)}).then(
  (server) => console.log(`Serving ${path.relative(process.cwd(), dir) || '.'} at ${server.origin}${baseUrl}`),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
