import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Plugin} from '@docusaurus/types';
import shortTasksPlugin, {CORE_BROWSER_CONTEXT, CORE_CLIENT_ENTRY, THEME_WINDOW_SIZE} from '../../src/plugins/short-tasks';
import {idleQueue} from '../../src/plugins/short-tasks/idle-queue';

const require = createRequire(import.meta.url);

/** An idle scheduler driven by the test: `idle()` runs the callbacks waiting for the next idle period. */
function fakeIdle(): {whenIdle: (run: () => void) => void; idle: () => number} {
  let waiting: (() => void)[] = [];
  return {
    whenIdle: (run) => void waiting.push(run),
    idle: () => {
      const now = waiting;
      waiting = [];
      for (const run of now) run();
      return now.length;
    },
  };
}

describe('idle queue', () => {
  it('handles one item per idle period, in the order they came', () => {
    const {whenIdle, idle} = fakeIdle();
    const handled: string[] = [];
    const add = idleQueue<string>((item) => handled.push(item), whenIdle);
    add('/docs/labs');
    add('/docs/cheatsheet');
    add('/slides');
    expect(handled).toEqual([]);
    idle();
    expect(handled).toEqual(['/docs/labs']);
    idle();
    idle();
    expect(handled).toEqual(['/docs/labs', '/docs/cheatsheet', '/slides']);
    expect(idle()).toBe(0);
  });

  it('goes on after an item fails, and takes items again once drained', () => {
    const {whenIdle, idle} = fakeIdle();
    const handled: string[] = [];
    const add = idleQueue<string>((item) => {
      if (item === 'bad') throw new Error('no such route');
      handled.push(item);
    }, whenIdle);
    add('bad');
    add('good');
    expect(() => idle()).toThrow('no such route');
    idle();
    expect(handled).toEqual(['good']);
    add('later');
    idle();
    expect(handled).toEqual(['good', 'later']);
  });
});

describe('the modules short-tasks stands in for', () => {
  // A Docusaurus upgrade that moves or reshapes them must fail here, not silently drop the change.
  it("Docusaurus's browserContext module is where the plugin replaces it, with the exports the stand-in has", () => {
    const file = require.resolve('@docusaurus/core/lib/client/browserContext.js');
    expect(file).toMatch(CORE_BROWSER_CONTEXT);
    const source = readFileSync(file, 'utf8');
    expect(source).toMatch(/export const Context = React\.createContext\(false\)/);
    expect(source).toMatch(/export function BrowserContextProvider\(/);
  });

  it("the theme's useWindowSize module is where the plugin replaces it, with the same export and breakpoint", () => {
    // The package exports no subpaths: from its main module, lib/index.js.
    const file = path.join(path.dirname(require.resolve('@docusaurus/theme-common')), 'hooks/useWindowSize.js');
    expect(file).toMatch(THEME_WINDOW_SIZE);
    const source = readFileSync(file, 'utf8');
    expect(source).toMatch(/export function useWindowSize\(\{ desktopBreakpoint = DesktopBreakpoint, \} = \{\}\)/);
    expect(source).toMatch(/const DesktopBreakpoint = 996;/);
    expect(source).toMatch(/window\.innerWidth > desktopBreakpoint/);
  });

  it("Docusaurus's client entry is where the plugin replaces it, and imports nothing the stand-in leaves out", () => {
    const file = require.resolve('@docusaurus/core/lib/client/clientEntry.js');
    expect(file).toMatch(CORE_CLIENT_ENTRY);
    const imported = (source: string) =>
      [...source.matchAll(/from '([^']+)'|import\((?:\/\*[^*]*\*\/\s*)?'([^']+)'\)/g)].map((m) => m[1] ?? m[2]!);
    // Docusaurus's relative imports, as the stand-in spells them.
    const original = imported(readFileSync(file, 'utf8')).map((spec) =>
      spec.startsWith('./') ? `@docusaurus/core/lib/client/${spec.slice(2)}` : spec,
    );
    const standIn = imported(readFileSync(path.resolve(import.meta.dirname, '../../src/plugins/short-tasks/clientEntry.tsx'), 'utf8'));
    expect(original.length).toBeGreaterThan(5);
    expect(original.filter((spec) => !standIn.includes(spec))).toEqual([]);
    // What it starts the same way: the hydration in a transition, after the route's preload.
    const source = readFileSync(file, 'utf8');
    expect(source).toMatch(/ReactDOM\.hydrateRoot\(container, app, \{/);
    expect(source).toMatch(/preload\(window\.location\.pathname\)\.then\(\(\) => \{\s*startTransition\(renderApp\);/);
  });

  it("replaces the client entry in a production browser build only: `npm start` and the server render keep Docusaurus's", () => {
    const plugin = shortTasksPlugin() as Plugin & {configureWebpack: NonNullable<Plugin['configureWebpack']>};
    const replaced: RegExp[] = [];
    class NormalModuleReplacementPlugin {
      constructor(pattern: RegExp) {
        replaced.push(pattern);
      }
    }
    const utils = {currentBundler: {instance: {NormalModuleReplacementPlugin}}} as unknown as Parameters<typeof plugin.configureWebpack>[2];
    const entryReplaced = (mode: 'production' | 'development', isServer: boolean) => {
      replaced.length = 0;
      plugin.configureWebpack({mode}, isServer, utils, {});
      return replaced.includes(CORE_CLIENT_ENTRY);
    };
    expect(entryReplaced('production', false)).toBe(true);
    expect(entryReplaced('development', false)).toBe(false);
    expect(entryReplaced('production', true)).toBe(false);
  });
});
