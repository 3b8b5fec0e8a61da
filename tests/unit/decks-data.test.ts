import {describe, expect, it} from 'vitest';
import {agenda} from '../../src/data/agenda';
import {deckBlock, deckBlocks, labHref, nextStepAfter} from '../../src/data/decks';
import {labs} from '../../labs/registry';
import {deckIds} from './deck-source';

describe('the decks and the agenda', () => {
  it('has one deck per lecture block, in agenda order', () => {
    expect(deckBlocks().map((b) => b.deck)).toEqual([
      'welcome',
      'reproducible-data-science',
      'intro-to-docker',
      'workflows',
      'project-pickle-rest',
      'rest-api-container',
      'docker-compose',
      'data-application',
      'summary',
    ]);
  });

  it('has a file in slides/ for every deck of the agenda, and no other', () => {
    expect(deckIds()).toEqual(
      deckBlocks()
        .map((b) => b.deck)
        .sort(),
    );
  });

  it('gives each deck the minutes and clock of its sections', () => {
    expect(deckBlock('welcome')).toMatchObject({minutes: 5, startsAt: 0, endsAt: 5});
    expect(deckBlock('intro-to-docker')).toMatchObject({minutes: 15, startsAt: 10, endsAt: 25});
    const lectureMinutes = agenda.filter((s) => s.deck).reduce((sum, s) => sum + s.minutes, 0);
    expect(deckBlocks().reduce((sum, b) => sum + b.minutes, 0)).toBe(lectureMinutes);
  });

  it('sends each deck to the lab or deck that follows it', () => {
    const next = (deck: Parameters<typeof nextStepAfter>[0]) => {
      const step = nextStepAfter(deck);
      return step.kind === 'lab' ? step.lab.id : step.kind === 'deck' ? step.deck : 'end';
    };
    expect(next('welcome')).toBe('reproducible-data-science');
    expect(next('intro-to-docker')).toBe('01-docker-basics');
    expect(next('workflows')).toBe('02-workflows');
    expect(next('project-pickle-rest')).toBe('03-model');
    expect(next('docker-compose')).toBe('data-application');
    expect(next('data-application')).toBe('05-data-app');
    expect(next('summary')).toBe('end');
  });

  it('links a lab to its page, named like its folder', () => {
    expect(labs.map((lab) => labHref(lab))).toEqual(labs.map((lab) => `/docs/labs/${lab.id}`));
  });
});
