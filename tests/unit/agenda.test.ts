import {describe, expect, it} from 'vitest';
import {agenda, agendaProblems, formatClock, sectionOfLab, sectionsOfDeck, withClock, type AgendaSection} from '../../src/data/agenda';

describe('the course agenda', () => {
  it('is sound: 180 minutes, every section with a kind, numbered in order', () => {
    expect(agendaProblems(agenda)).toEqual([]);
  });

  it('has the 16 sections of the course, ending at 3:00', () => {
    const timed = withClock();
    expect(timed).toHaveLength(16);
    expect(formatClock(timed.at(-1)!.endsAt)).toBe('3:00');
  });

  it('runs a continuous clock: each section starts when the previous one ends', () => {
    const timed = withClock();
    timed.slice(1).forEach((s, i) => expect(s.startsAt).toBe(timed[i]!.endsAt));
  });

  it('places the break and labs where the seed outline has them', () => {
    const timed = withClock();
    const brk = timed.find((s) => s.kind === 'break')!;
    expect([formatClock(brk.startsAt), formatClock(brk.endsAt)]).toEqual(['1:20', '1:35']);
    expect(formatClock(sectionOfLab('04-rest-api')!.endsAt)).toBe('2:10');
    expect(sectionsOfDeck('welcome').map((s) => s.number)).toEqual([1, 2]);
  });
});

describe('agendaProblems', () => {
  const change = (i: number, patch: Partial<AgendaSection>): AgendaSection[] => agenda.map((s, j) => (j === i ? {...s, ...patch} : s));

  it('fails when the minutes do not add up to 180', () => {
    expect(agendaProblems(change(0, {minutes: 4}))).toEqual(['the minutes add up to 181, not 180']);
  });

  it('fails when a section lacks a kind', () => {
    const noKind = change(7, {kind: undefined});
    expect(agendaProblems(noKind)).toEqual(['section 8 ("Break") has no known kind (got undefined)']);
  });

  it('fails when a lab names no lab or a lecture no deck', () => {
    expect(agendaProblems(change(4, {lab: undefined}))).toEqual(['section 5 ("Introduction to Docker") is a lab but names no lab']);
    expect(agendaProblems(change(15, {deck: undefined}))).toEqual(['section 16 ("Summary and next steps") is a lecture but names no deck']);
  });

  it('fails when sections are out of order', () => {
    const swapped = [agenda[1]!, agenda[0]!, ...agenda.slice(2)];
    expect(agendaProblems(swapped)).toHaveLength(2);
  });
});

describe('formatClock', () => {
  it.each([
    [0, '0:00'],
    [5, '0:05'],
    [60, '1:00'],
    [105, '1:45'],
    [180, '3:00'],
  ])('%i minutes → %s', (minutes, text) => expect(formatClock(minutes)).toBe(text));
});
