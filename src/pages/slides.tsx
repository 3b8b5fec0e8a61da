import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {agenda, formatClock, withClock, type DeckId, type TimedSection} from '@site/src/data/agenda';
import {labs} from '@site/src/data/labs';

interface DeckEntry {
  readonly deck: DeckId;
  readonly sections: TimedSection[];
}

/** The lecture blocks in agenda order, one entry per deck, with the sections it covers. */
function decksInAgendaOrder(): DeckEntry[] {
  const entries: DeckEntry[] = [];
  for (const section of withClock()) {
    if (!section.deck) continue;
    const existing = entries.find((e) => e.deck === section.deck);
    if (existing) existing.sections.push(section);
    else entries.push({deck: section.deck, sections: [section]});
  }
  return entries;
}

/** The lab that follows a deck in the agenda, if the next hands-on section comes before the next deck. */
function labAfter(entry: DeckEntry) {
  const last = entry.sections[entry.sections.length - 1];
  if (!last) return undefined;
  const next = agenda.find((s) => s.number > last.number && (s.deck || s.lab));
  return next?.lab ? labs.find((l) => l.id === next.lab) : undefined;
}

export default function Slides(): ReactNode {
  const decks = decksInAgendaOrder();
  return (
    <Layout title="Slides" description="The lecture blocks of Docker for Data Science, in agenda order.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Slides</Heading>
        <p>
          The course has {decks.length} lecture blocks, each followed by a lab or by the next block. This page lists
          them in the order of the afternoon, with their minutes and what they cover.
        </p>
        <ol>
          {decks.map((entry) => {
            const first = entry.sections[0];
            const last = entry.sections[entry.sections.length - 1];
            const minutes = entry.sections.reduce((sum, s) => sum + s.minutes, 0);
            const lab = labAfter(entry);
            return (
              <li key={entry.deck} className="margin-bottom--md">
                <Heading as="h2" id={entry.deck}>
                  {entry.sections.map((s) => s.title).join(' · ')}
                </Heading>
                <p>
                  {minutes} minutes, {first && last ? `${formatClock(first.startsAt)}–${formatClock(last.endsAt)}` : ''}
                  {entry.sections.some((s) => s.topics) &&
                    ` · ${entry.sections.flatMap((s) => s.topics ?? []).join(', ').replace(/`/g, '')}`}
                </p>
                {lab && (
                  <p>
                    Then: <Link to={`/docs/labs#lab-${lab.id}`}>lab {lab.id.slice(0, 2)}, {lab.title.toLowerCase()}</Link>
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      </main>
    </Layout>
  );
}
