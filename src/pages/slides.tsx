import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {usePluginData} from '@docusaurus/useGlobalData';
import {formatClock} from '@site/src/data/agenda';
import {deckBlocks, labHref, labLabel, nextStepAfter} from '@site/src/data/decks';
import {DECKS_PLUGIN_NAME, type DecksGlobalData} from '@site/src/plugins/decks/types';

/** The deck index: the lecture blocks in agenda order, with their minutes and the lab that follows. */
export default function Slides(): ReactNode {
  const {decks} = usePluginData(DECKS_PLUGIN_NAME) as DecksGlobalData;
  const blocks = deckBlocks();
  return (
    <Layout title="Slides" description="The lecture decks of Docker for Data Science, in agenda order, with their minutes and labs.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Slides</Heading>
        <p>
          The course has {blocks.length} lecture decks, each followed by a lab or by the next deck. Open one to present it: arrow keys or
          space move on, <kbd>s</kbd> opens the speaker view with notes and a timer, <kbd>o</kbd> the overview, <kbd>f</kbd> full screen.
          Add <code>?print-pdf</code> to a deck's address and print it to get a PDF. On a phone held upright, a deck opens as a page to
          read, with its speaker notes; <em>Present as slides</em> at its top starts the slides.
        </p>
        <ol data-testid="deck-list">
          {blocks.map((block) => {
            const deck = decks.find((d) => d.id === block.deck);
            const next = nextStepAfter(block.deck);
            return (
              <li key={block.deck} className="margin-bottom--md" data-testid="deck">
                <Heading as="h2" id={block.deck}>
                  <Link to={`/slides/${block.deck}`}>{deck?.title ?? block.sections[0]?.title}</Link>
                </Heading>
                <p>
                  <span data-testid="deck-minutes">{block.minutes} minutes</span>, {formatClock(block.startsAt)}–{formatClock(block.endsAt)}
                  . {deck?.description}
                </p>
                {next.kind === 'lab' && (
                  <p>
                    Then: <Link to={labHref(next.lab)}>{labLabel(next.lab)}</Link> ({next.section.minutes} minutes)
                  </p>
                )}
              </li>
            );
          })}
        </ol>
        <p>
          The decks follow the outline of the PyCon 2018 tutorial proposal “Docker for Data Science” by Aly Sivji, Joe Jasinski and
          Tathagata Dasgupta, brought up to date.
        </p>
      </main>
    </Layout>
  );
}
