/**
 * The speaker view paces the presenter against the agenda: reveal.js's notes plugin shows "Pacing –
 * time to finish current slide" when the deck has a `totalTime`. The deck's minutes come from the
 * agenda; a live demo's slide has its own minutes (data-timing); the appendix takes none.
 */
import {createRequire} from 'node:module';
import {expect, test, type Page} from '@playwright/test';
import type * as DeckData from '../../src/data/decks';

const requireSrc = createRequire(import.meta.url);
const {deckBlock} = requireSrc('../../src/data/decks') as typeof DeckData;

/** The pacing shown in the speaker view, in seconds ("00:14:58" → 898; "-00:00:05" → -5). */
async function pacingSeconds(speakerView: Page): Promise<number> {
  const text = (await speakerView.locator('.speaker-controls-time .pacing').textContent())?.replace(/\s+/g, '') ?? '';
  const match = /^(-?)(\d+):(\d+):(\d+)$/.exec(text);
  if (!match) throw new Error(`the pacing reads "${text}"`);
  const seconds = Number(match[2]) * 3600 + Number(match[3]) * 60 + Number(match[4]);
  return match[1] ? -seconds : seconds;
}

/** The deck's slides as reveal.js counts them: not the appendix. Demo slides carry data-timing. */
async function countedSlides(page: Page): Promise<{timing: number | null}[]> {
  return page
    .locator('.reveal .slides > section:not([data-visibility="uncounted"])')
    .evaluateAll((slides) => slides.map((s) => ({timing: s.hasAttribute('data-timing') ? Number(s.getAttribute('data-timing')) : null})));
}

/** Opens the speaker view as a presenter does: "s" on the deck, which opens it in a new window. */
async function openSpeakerView(page: Page): Promise<Page> {
  const [speakerView] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  await expect(speakerView.locator('.speaker-controls-time .pacing-title')).toBeVisible({timeout: 20_000});
  await expect(speakerView.locator('.speaker-controls-time .pacing')).toBeVisible();
  return speakerView;
}

// Both decks have a live demo; the intro deck also has an appendix after its closing slide.
for (const deck of ['intro-to-docker', 'workflows'] as const) {
  test.describe(`${deck}: pacing in the speaker view`, () => {
    const seconds = deckBlock(deck).minutes * 60;

    test('on the closing slide, the whole block is allocated: the agenda minutes, none of them to the appendix', async ({page}) => {
      await page.goto(`/slides/${deck}`);
      await expect(page.locator('[data-deck-status]')).toHaveAttribute('data-deck-status', 'presenting');
      const closingAt = await page
        .locator('.reveal .slides > section')
        .evaluateAll((all) => all.findIndex((s) => s.getAttribute('data-slide') === 'next'));
      await page.goto(`/slides/${deck}#/${closingAt}`);
      await expect(page.locator('.reveal .slides > section.present')).toHaveAttribute('data-slide', 'next');
      const speakerView = await openSpeakerView(page);
      // Time to finish the closing slide = every counted slide's time, less the seconds the view has been open.
      await expect.poll(() => pacingSeconds(speakerView)).toBeGreaterThan(seconds - 30);
      expect(await pacingSeconds(speakerView)).toBeLessThanOrEqual(seconds);
    });

    test('on the title slide, the time of one slide: the minutes left after the demos, shared by the other slides', async ({page}) => {
      await page.goto(`/slides/${deck}`);
      await expect(page.locator('[data-deck-status]')).toHaveAttribute('data-deck-status', 'presenting');
      const counted = await countedSlides(page);
      const demos = counted.filter((s) => s.timing !== null);
      expect(demos.length, 'the deck has a live demo with its own minutes').toBeGreaterThan(0);
      const share = (seconds - demos.reduce((sum, s) => sum + (s.timing ?? 0), 0)) / (counted.length - demos.length);
      const speakerView = await openSpeakerView(page);
      await expect.poll(() => pacingSeconds(speakerView)).toBeGreaterThan(share - 20);
      expect(await pacingSeconds(speakerView)).toBeLessThanOrEqual(Math.round(share));
    });
  });
}
