/**
 * Remark plugin: turns ```mermaid code blocks into SVG at build time, one copy for the light and
 * one for the dark colour mode, embedded in the page. Pages need no diagram code in the browser,
 * and show their diagrams without JavaScript, in print and to search.
 *
 * Every diagram names and describes itself (`accTitle:`, `accDescr:`); one without fails the
 * build, naming its file. SVGs are cached on disk by everything they depend on. Where no browser
 * can draw, `npm start` shows the diagram's source under a note, and a production build fails
 * saying what to install.
 */
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {cacheKey, diskCache, type SvgCache} from './cache';
import {figureNode, sourceNode} from './emit';
import {findMermaidBlocks, type MdNode} from './find';
import {diagramIds, themedId} from './ids';
import {browserRenderer, mermaidVersion, NoBrowserError, type Render} from './render';
import {diagramText} from './source';
import {tidySvg} from './svg';
import {DIAGRAM_THEMES, mermaidConfig, type DiagramTheme} from './themes';

export interface RemarkMermaidSvgOptions {
  /** Draws one diagram; defaults to headless Chromium. */
  readonly render?: Render;
  readonly cache?: SvgCache;
  /** Whether a missing browser fails (a production build) or shows the source (`npm start`). */
  readonly production?: boolean;
}

interface SourceFile {
  path?: string;
}

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CACHE_DIR = path.join(siteDir, 'node_modules', '.cache', 'docker-for-data-science', 'mermaid-svg');

export const INSTALL_HINT =
  'Diagrams are drawn at build time by headless Chromium: install it (Debian: "apt-get install chromium"; elsewhere: "npx playwright install chromium") and build again.';

// Shared by every page of a build, so one browser draws them all, and a diagram used twice is drawn once.
let defaultRender: Render | undefined;
const drawings = new WeakMap<Render, Map<string, Promise<string>>>();

function where(file: SourceFile, node: MdNode): string {
  const name = file.path ? path.relative(siteDir, file.path) : 'a page';
  return node.position ? `${name}:${node.position.start.line}` : name;
}

export function remarkMermaidSvg(options: RemarkMermaidSvgOptions = {}) {
  const render = options.render ?? (defaultRender ??= browserRenderer());
  const cache = options.cache ?? diskCache(CACHE_DIR);
  const production = options.production ?? process.env.NODE_ENV === 'production';
  const drawing = drawings.get(render) ?? new Map<string, Promise<string>>();
  drawings.set(render, drawing);

  const draw = async (id: string, source: string, theme: DiagramTheme): Promise<string> => {
    const config = mermaidConfig(theme);
    const key = cacheKey({mermaidVersion, config, id, source});
    const known = drawing.get(key);
    if (known) return known;
    // The cache holds what mermaid drew, tidied on every read: a change to the tidying needs no new key.
    const svg = (async () => {
      let drawn = await cache.get(key);
      if (drawn === undefined) {
        drawn = await render({id, source, config});
        await cache.set(key, drawn);
      }
      return tidySvg(drawn, id);
    })();
    drawing.set(key, svg);
    // A failure is not remembered: the next build (or edit in `npm start`) tries again.
    svg.catch(() => drawing.delete(key));
    return svg;
  };

  return async (tree: MdNode, file: SourceFile): Promise<void> => {
    const blocks = findMermaidBlocks(tree);
    const ids = diagramIds(blocks.map((block) => block.node.value));
    await Promise.all(
      blocks.map(async ({node, parent, index}, i) => {
        const id = ids[i]!;
        let replacement: MdNode;
        try {
          const text = diagramText(node.value);
          try {
            const [light, dark] = await Promise.all(DIAGRAM_THEMES.map((theme) => draw(themedId(id, theme), node.value, theme)));
            replacement = figureNode({id, text, svgs: {light: light!, dark: dark!}});
          } catch (error) {
            if (!(error instanceof NoBrowserError) || production) throw error;
            replacement = sourceNode(node, text.title, error.message);
          }
        } catch (error) {
          const message = error instanceof NoBrowserError ? `${error.message}. ${INSTALL_HINT}` : (error as Error).message;
          throw new Error(`${where(file, node)}: mermaid diagram: ${message}`, {cause: error});
        }
        parent.children![index] = replacement;
      }),
    );
  };
}

export default remarkMermaidSvg;
