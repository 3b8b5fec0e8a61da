import {describe, expect, it} from 'vitest';
import {notesStatus, slideTitle} from '../../src/plugins/decks/slides';
import {deckIds, slidesOfDeck, slidesOfSource} from './deck-source';

describe('speaker notes', () => {
  it.each(deckIds())('every slide of %s has notes, or says why not', (id) => {
    const missing = slidesOfDeck(id)
      .map((slide, i) => ({slide, i}))
      .filter(({slide}) => notesStatus(slide) === 'missing')
      .map(({slide, i}) => `slide ${i + 1} ("${slideTitle(slide, i)}")`);
    expect(missing, `slides/${id}.mdx: add <Notes> to ${missing.join(', ')}`).toEqual([]);
  });

  it('finds a slide without notes, and takes empty notes for none', () => {
    const deck = [
      '---\ntitle: T\n---',
      '## With notes\n\n<Notes>\nSay this.\n</Notes>',
      '---',
      '## Without notes\n\nJust text.',
      '---',
      '## Empty notes\n\n<Notes>\n</Notes>',
    ].join('\n\n');
    const slides = slidesOfSource(deck);
    expect(slides.map((s) => notesStatus(s))).toEqual(['notes', 'missing', 'missing']);
    expect(slideTitle(slides[1]!, 1)).toBe('Without notes');
  });

  it('accepts the explicit <NoNotes> marker on a slide with nothing to say', () => {
    const slides = slidesOfSource('## A picture\n\n<NoNotes reason="a pause for questions" />');
    expect(notesStatus(slides[0]!)).toBe('exempt');
  });
});
