/**
 * Docusaurus plugin for the lecture decks: every `slides/<deck>.mdx` becomes a reveal.js deck at
 * `/slides/<deck>`. It lists the decks (and checks them against the agenda), adds their routes,
 * and compiles `slides/` MDX with the site's MDX loader and remark plugins (diagrams drawn at build time).
 */
import {readdir, readFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {createMDXLoaderRule} from '@docusaurus/mdx-loader';
import {DEFAULT_PARSE_FRONT_MATTER, aliasedSitePath, normalizeUrl} from '@docusaurus/utils';
import {deckBlocks} from '../../data/decks';
import type {DeckId} from '../../data/agenda';
import {importLabFiles} from '../../remark/import-lab-files';
import {remarkMermaidSvg} from '../remark-mermaid-svg';
import {remarkSlides} from './remark-slides';
import {highlightCode} from '../../code-highlight/remark';
import {DECKS_PLUGIN_NAME, type DeckSummary, type DecksGlobalData} from './types';

const SLIDES_DIR = 'slides';

interface DeckFile extends DeckSummary {
  readonly source: string;
}

/** Reads the decks in `slides/`, failing the build on a deck the agenda lacks or a missing one. */
async function loadDecks(siteDir: string): Promise<DeckFile[]> {
  const dir = path.join(siteDir, SLIDES_DIR);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.mdx'));
  const known = deckBlocks().map((b) => b.deck);
  const ids = files.map((f) => f.replace(/\.mdx$/, ''));
  const stray = ids.filter((id) => !known.includes(id as DeckId));
  if (stray.length) throw new Error(`${SLIDES_DIR}/: no agenda section uses the deck(s) ${stray.join(', ')}`);
  const missing = known.filter((id) => !ids.includes(id));
  if (missing.length) throw new Error(`${SLIDES_DIR}/: the agenda needs deck file(s) ${missing.map((id) => `${id}.mdx`).join(', ')}`);

  const decks = await Promise.all(
    known.map(async (id): Promise<DeckFile> => {
      const source = path.join(dir, `${id}.mdx`);
      const {frontMatter} = await DEFAULT_PARSE_FRONT_MATTER({filePath: source, fileContent: await readFile(source, 'utf8')});
      const {title, description} = frontMatter;
      if (typeof title !== 'string' || typeof description !== 'string') {
        throw new Error(`${SLIDES_DIR}/${id}.mdx: front matter needs a "title" and a "description"`);
      }
      return {id, title, description, source};
    }),
  );
  return decks;
}

// Typed Plugin<unknown> because the site config accepts no narrower plugin; `content` is what
// loadContent returned.
export default async function decksPlugin(context: LoadContext): Promise<Plugin<unknown>> {
  const {siteDir, siteConfig, baseUrl} = context;
  const slidesDir = path.join(siteDir, SLIDES_DIR);
  const mdxRule = await createMDXLoaderRule({
    include: [slidesDir + path.sep],
    options: {
      useCrossCompilerCache: siteConfig.future.faster.mdxCrossCompilerCache,
      admonitions: true,
      remarkPlugins: [importLabFiles, remarkMermaidSvg, remarkSlides, highlightCode],
      staticDirs: siteConfig.staticDirectories.map((dir) => path.resolve(siteDir, dir)),
      siteDir,
      markdownConfig: siteConfig.markdown,
    },
  });

  return {
    name: DECKS_PLUGIN_NAME,

    getPathsToWatch: () => [path.join(slidesDir, '*.mdx')],

    loadContent: () => loadDecks(siteDir),

    async contentLoaded({content: loaded, actions}) {
      const content = loaded as DeckFile[];
      // reveal.js's stylesheet travels as data of the deck routes, so only deck pages ever load it:
      // imported as CSS it would land in the site-wide bundle (its print rules would reach every page).
      const require = createRequire(path.join(siteDir, 'package.json'));
      const revealCss = await readFile(require.resolve('reveal.js/reveal.css'), 'utf8');
      const revealCssData = await actions.createData('reveal-css.json', {css: revealCss});

      for (const deck of content) {
        const summary: DeckSummary = {id: deck.id, title: deck.title, description: deck.description};
        actions.addRoute({
          path: normalizeUrl([baseUrl, SLIDES_DIR, deck.id]),
          component: '@site/src/components/Deck/DeckPage',
          exact: true,
          modules: {
            content: aliasedSitePath(deck.source, siteDir),
            deck: await actions.createData(`deck-${deck.id}.json`, summary),
            revealCss: revealCssData,
          },
        });
      }
      const data: DecksGlobalData = {decks: content.map(({id, title, description}) => ({id, title, description}))};
      actions.setGlobalData(data);
    },

    configureWebpack: () => ({module: {rules: [mdxRule]}}),
  };
}
