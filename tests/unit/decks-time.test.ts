import {describe, expect, it} from 'vitest';
import {deckParts, isKnowledgeCheck, shownMinutes, slideMinutes, slideTitle} from '../../src/plugins/decks/slides';
import {deckBlock} from '../../src/data/decks';
import type {DeckId} from '../../src/data/agenda';
import {deckIds, slidesOfDeck, slidesOfSource} from './deck-source';

/**
 * The decks' time model: a shown content slide takes 1 minute, a slide with a live demo the minutes
 * its <Demo minutes={…}> declares, the generated title and closing slides 0, and the appendix (after
 * <Appendix />) none. The slides a presenter shows must fit the deck's agenda minutes.
 */
describe('each deck fits its agenda minutes', () => {
  it.each(deckIds())('%s: the slides shown fit the minutes of its section(s)', (id) => {
    const slides = slidesOfDeck(id);
    const {shown} = deckParts(slides);
    const minutes = deckBlock(id as DeckId).minutes;
    const list = shown.map((slide, i) => `${slideMinutes(slide)} min  ${slideTitle(slide, i)}`).join('\n');
    expect(
      shownMinutes(slides),
      `slides/${id}.mdx shows more than its ${minutes} minutes; move slides after <Appendix />:\n${list}`,
    ).toBeLessThanOrEqual(minutes);
  });

  it.each(deckIds())('%s: the slides shown include a knowledge check', (id) => {
    const {shown} = deckParts(slidesOfDeck(id));
    expect(shown.some(isKnowledgeCheck), `slides/${id}.mdx: a slide before the appendix asks <Question>s`).toBe(true);
  });
});

describe('the time model', () => {
  const deck = (...slides: string[]) => slidesOfSource(slides.join('\n\n---\n\n'));
  const content = (title: string) => `## ${title}\n\nText.`;

  it('counts a content slide 1 minute and a demo slide the minutes it declares', () => {
    const slides = deck(content('One'), '## Demo\n\n<Demo minutes={3}>\n\nLive.\n\n</Demo>', content('Two'));
    expect(slides.map(slideMinutes)).toEqual([1, 3, 1]);
    expect(shownMinutes(slides)).toBe(5);
  });

  it('leaves the appendix out: the divider and every slide after it', () => {
    const slides = deck(content('One'), content('Two'), '<Appendix />', content('Extra'), '## Long demo\n\n<Demo minutes={9}>\nx\n</Demo>');
    expect(deckParts(slides).shown).toHaveLength(2);
    expect(deckParts(slides).appendix).toHaveLength(3);
    expect(shownMinutes(slides)).toBe(2);
  });

  it('finds a deck that is over: six content slides do not fit five minutes', () => {
    const slides = deck(...['A', 'B', 'C', 'D', 'E', 'F'].map(content));
    expect(shownMinutes(slides)).toBe(6);
    expect(shownMinutes(slides)).toBeGreaterThan(5);
  });

  it('knows a knowledge check by its questions', () => {
    const [check, plain] = deck('## Check\n\n<Question q="Why?">Because.</Question>', content('Plain'));
    expect(isKnowledgeCheck(check!)).toBe(true);
    expect(isKnowledgeCheck(plain!)).toBe(false);
  });
});
