/**
 * The page of one deck, `/slides/<deck>`: the slides full-viewport, without the site's navbar,
 * and a small link back to the deck index. The server renders every slide as HTML (search and
 * readers without JavaScript get the text); reveal.js takes over in the browser, except on a
 * phone held upright, where the slides read as a document until asked for (whenSlidesWanted).
 * A first visit keeps the slides as the server sent them (StaticHtml): hydration skips them.
 */
import {useMemo, useRef, useState, type ComponentType, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {usePluginData} from '@docusaurus/useGlobalData';
import {PageMetadata} from '@docusaurus/theme-common';
import LayoutProvider from '@theme/Layout/Provider';
import MDXContent from '@theme/MDXContent';
import {MDXProvider} from '@mdx-js/react';
import {deckBlock, nextStepAfter} from '@site/src/data/decks';
import {DECKS_PLUGIN_NAME, type DeckSummary, type DecksGlobalData} from '@site/src/plugins/decks/types';
import TitleSlide from './TitleSlide';
import NextStepSlide from './NextStepSlide';
import {deckMdxComponents} from './mdxComponents';
import {useReveal} from './useReveal';
import {useScrollToLinkedSlide} from './whenSlidesWanted';
import StaticHtml, {useRoutedLinks} from '@site/src/components/StaticHtml';
import styles from './styles.module.css';

interface Props {
  /** The compiled `slides/<deck>.mdx`. */
  readonly content: ComponentType;
  readonly deck: DeckSummary;
  readonly revealCss: {readonly css: string};
}

export default function DeckPage({content: Content, deck, revealCss}: Props): ReactNode {
  const element = useRef<HTMLDivElement>(null);
  const block = deckBlock(deck.id);
  const [askedForSlides, setAskedForSlides] = useState(false);
  const status = useReveal(element, revealCss.css, block.minutes, askedForSlides);
  useScrollToLinkedSlide(element);
  useRoutedLinks(element);
  const {decks} = usePluginData(DECKS_PLUGIN_NAME) as DecksGlobalData;
  const next = useMemo(() => nextStepAfter(deck.id), [deck.id]);
  const nextDeckTitle = next.kind === 'deck' ? decks.find((d) => d.id === next.deck)?.title : undefined;
  // The slides render once: the deck's status changes as reveal.js loads and starts, and a render
  // of every slide for each change would be the page's longest task. The closing slide sits among
  // them, where the remark plugin put it: after the slides shown, before the appendix.
  const slides = useMemo(() => {
    const closing = <NextStepSlide next={next} nextDeckTitle={nextDeckTitle} />;
    const components = {...deckMdxComponents, ClosingSlide: () => closing};
    return (
      <MDXContent>
        <MDXProvider components={components}>
          <Content />
        </MDXProvider>
      </MDXContent>
    );
  }, [Content, next, nextDeckTitle]);

  return (
    <LayoutProvider>
      <PageMetadata title={`${deck.title} (slides)`} description={deck.description} />
      <div
        className={clsx(
          styles.page,
          status !== 'document' && status !== 'failed' && styles.live,
          (status === 'document' || status === 'starting') && styles.waiting,
        )}
        data-deck-status={status}
      >
        {/* Without JavaScript, nothing will take over: the slides show at once, as a document. */}
        <noscript>
          <style>{`.${styles.waiting} .${styles.main}{visibility:visible;animation:none}.${styles.present}{display:none}`}</style>
        </noscript>
        <div className={styles.bar}>
          <Link className={styles.back} to="/slides">
            ← All slides
          </Link>
          {/* A narrow screen reads the deck as a document (whenSlidesWanted); this presents it anyway. */}
          <button type="button" className={styles.present} onClick={() => setAskedForSlides(true)}>
            Present as slides
          </button>
        </div>
        <main className={styles.main}>
          <div className={clsx('reveal', styles.deck)} ref={element}>
            <StaticHtml as="div" className="slides">
              <TitleSlide title={deck.title} description={deck.description} block={block} />
              {slides}
            </StaticHtml>
          </div>
        </main>
      </div>
    </LayoutProvider>
  );
}
