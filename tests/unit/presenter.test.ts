import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {presenterData, presenterHeading, type PresenterData} from '../../src/data/presenter';
import {textOf} from '../../src/plugins/decks/slides';
import {slidesDir, slidesOfDeck} from './deck-source';

describe('the presenter data file', () => {
  it('names at least one presenter, each with a name', () => {
    expect(presenterData.presenters.length).toBeGreaterThan(0);
    for (const presenter of presenterData.presenters) expect(presenter.name.trim()).not.toBe('');
  });

  it('gives a contact the room can follow, or none', () => {
    if (presenterData.contact === null) return;
    expect(presenterData.contact.label.trim()).not.toBe('');
    expect(presenterData.contact.href).toMatch(/^(https:\/\/|mailto:)\S+$/);
  });

  it('shows no placeholder on the slide', () => {
    const shown = JSON.stringify(presenterData);
    expect(shown).not.toMatch(/TODO|TBD|your name|example\.(org|com)|presenter\.ts|lorem/i);
  });

  it('writes the heading for one presenter or several', () => {
    const one: PresenterData = {presenters: [{name: 'A'}], contact: null};
    const two: PresenterData = {presenters: [{name: 'A'}, {name: 'B'}], contact: null};
    expect(presenterHeading(one)).toBe('Your presenter');
    expect(presenterHeading(two)).toBe('Your presenters');
  });
});

describe('the welcome deck', () => {
  const slides = slidesOfDeck('welcome');
  const source = readFileSync(path.join(slidesDir, 'welcome.mdx'), 'utf8');

  it('has a presenter slide written from the data file, not typed into the deck', () => {
    const presenterSlides = slides.filter((slide) => JSON.stringify(slide).includes('"name":"Presenters"'));
    expect(presenterSlides).toHaveLength(1);
    expect(source).toContain("from '@site/src/data/presenter'");
    expect(source).toContain('## {presenterHeading()}');
  });

  it('credits the three original authors on a slide of their own', () => {
    const credits = slides.filter((slide) => {
      const text = textOf(slide);
      return ['Aly Sivji', 'Joe Jasinski', 'Tathagata Dasgupta'].every((name) => text.includes(name));
    });
    expect(credits.length).toBeGreaterThanOrEqual(1);
  });
});
