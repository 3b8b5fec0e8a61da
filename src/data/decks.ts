/**
 * The lecture decks seen through the agenda: which sections each deck covers, its minutes and
 * clock, and what follows it. The /slides index, deck title slides and closing slides read this,
 * so no minutes are restated by hand.
 */
import {withClock, type DeckId, type TimedSection} from './agenda';
import {labPage, labs, type LabEntry, type LabId} from '../../labs/registry';

export interface DeckBlock {
  readonly deck: DeckId;
  /** The agenda sections the deck covers, in order (Welcome covers two). */
  readonly sections: readonly TimedSection[];
  readonly minutes: number;
  readonly startsAt: number;
  readonly endsAt: number;
}

export type NextStep =
  | {readonly kind: 'lab'; readonly lab: LabEntry; readonly section: TimedSection}
  | {readonly kind: 'deck'; readonly deck: DeckId; readonly section: TimedSection}
  | {readonly kind: 'end'};

/** One entry per deck, in agenda order. */
export function deckBlocks(): DeckBlock[] {
  const blocks: {deck: DeckId; sections: TimedSection[]}[] = [];
  for (const section of withClock()) {
    if (!section.deck) continue;
    const existing = blocks.find((b) => b.deck === section.deck);
    if (existing) existing.sections.push(section);
    else blocks.push({deck: section.deck, sections: [section]});
  }
  return blocks.map(({deck, sections}) => ({
    deck,
    sections,
    minutes: sections.reduce((sum, s) => sum + s.minutes, 0),
    startsAt: sections[0]?.startsAt ?? 0,
    endsAt: sections[sections.length - 1]?.endsAt ?? 0,
  }));
}

export function deckBlock(deck: DeckId): DeckBlock {
  const block = deckBlocks().find((b) => b.deck === deck);
  if (!block) throw new Error(`The agenda has no section for deck "${deck}"`);
  return block;
}

/** The first lab or deck after the deck's last section (a break in between is skipped). */
export function nextStepAfter(deck: DeckId): NextStep {
  const clock = withClock();
  const lastNumber = deckBlock(deck).sections.at(-1)?.number ?? 0;
  for (const section of clock) {
    if (section.number <= lastNumber) continue;
    if (section.deck === deck) continue;
    if (section.lab) {
      const lab = labs.find((l) => l.id === section.lab);
      if (lab) return {kind: 'lab', lab, section};
    }
    if (section.deck) return {kind: 'deck', deck: section.deck, section};
  }
  return {kind: 'end'};
}

/** Where a lab's instructions are: its page. */
export function labHref(lab: LabEntry): string {
  return labPage(lab.id as LabId);
}

/** "Lab 01: Docker basics" */
export function labLabel(lab: LabEntry): string {
  return `Lab ${lab.id.slice(0, 2)}: ${lab.title}`;
}
