import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {expect, test, type Page, type Request} from '@playwright/test';
import type * as DeckData from '../../src/data/decks';
import type * as PresenterModule from '../../src/data/presenter';
import {searchFor} from './search';
import {hydrated, pageTimersPassed, recordAddedScripts} from './settled';

// src/ is CommonJS-typed (for the site's bundler), so this ES module test requires it rather than importing it.
const requireSrc = createRequire(import.meta.url);
const {deckBlocks, labHref, labLabel, nextStepAfter} = requireSrc('../../src/data/decks') as typeof DeckData;
const {presenterData, presenterHeading} = requireSrc('../../src/data/presenter') as typeof PresenterModule;

// The decks come from the agenda, so a new deck is tested without being listed here.
const decks = deckBlocks().map((b) => b.deck);

/** The position of the slide on screen among the deck's slides, read from reveal.js's DOM. */
async function currentSlide(page: Page): Promise<number> {
  return page.locator('.reveal .slides > section').evaluateAll((slides) => slides.findIndex((s) => s.classList.contains('present')));
}

/** Where the deck stands: its slide and how many of that slide's fragments show (each Space press changes one). */
async function position(page: Page): Promise<[number, number]> {
  return [await currentSlide(page), await page.locator('.reveal .slides > section.present .fragment.visible').count()];
}

/**
 * The links the closing slide must give, from the same sources the deck page uses: the agenda's next
 * step for a lab or a deck, and for the last deck the links written in NextStepSlide's "end" branch.
 */
function nextStepLinks(deck: DeckData.DeckBlock['deck']): string[] {
  const next = nextStepAfter(deck);
  if (next.kind === 'lab') return [labHref(next.lab)];
  if (next.kind === 'deck') return [`/slides/${next.deck}`];
  const source = readFileSync(new URL('../../src/components/Deck/NextStepSlide.tsx', import.meta.url), 'utf8');
  const end = source.slice(source.indexOf("next.kind === 'end'"));
  return [...end.matchAll(/<Link\s+to="([^"]*)"/g)].map((m) => m[1] ?? '');
}

async function openDeck(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('[data-deck-status]')).toHaveAttribute('data-deck-status', 'presenting');
}

/** Pages in a PDF: its page objects (`/Type /Page`, not the `/Type /Pages` tree nodes). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

test.describe('lecture decks', () => {
  for (const deck of decks) {
    test(`${deck}: opens on its title slide, moves with the keyboard, keeps its slide on reload`, async ({page}) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));

      await openDeck(page, `/slides/${deck}`);
      await expect(page).toHaveTitle(/\(slides\) \| Docker for Data Science$/);
      const title = page.locator('.reveal .slides > section.present h1');
      await expect(title).toBeVisible();
      await expect.poll(() => currentSlide(page)).toBe(0);
      const slideCount = await page.locator('.reveal .slides > section').count();
      expect(slideCount).toBeGreaterThan(3);

      await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL(/#\/1$/);
      await expect.poll(() => currentSlide(page)).toBe(1);
      await expect(page.locator('.reveal .slides > section.present h2').first()).toBeVisible();

      await page.keyboard.press('ArrowLeft');
      await expect(title).toBeVisible();
      await expect.poll(() => currentSlide(page)).toBe(0);

      // Space steps through fragments, then slides: press until the third slide shows, each press
      // waited for (a fragment shown or a slide changed) before the next one.
      for (let presses = 0; (await currentSlide(page)) < 2; presses++) {
        expect(presses, 'Space reaches the third slide within 20 presses').toBeLessThan(20);
        const before = await position(page);
        await page.keyboard.press('Space');
        await expect.poll(() => position(page)).not.toEqual(before);
      }
      await expect(page).toHaveURL(/#\/2(\/\d+)*$/);
      await expect.poll(() => currentSlide(page)).toBe(2);

      await page.reload();
      await expect(page.locator('[data-deck-status]')).toHaveAttribute('data-deck-status', 'presenting');
      await expect.poll(() => currentSlide(page)).toBe(2);

      await page.keyboard.press('End');
      await expect.poll(() => currentSlide(page)).toBe(slideCount - 1);

      expect(errors).toEqual([]);
    });

    test(`${deck}: its last slide shown says where to go next, with the links of the agenda's next step`, async ({page, request}) => {
      const expected = nextStepLinks(deck);
      expect(expected.length, 'the closing slide has links').toBeGreaterThan(0);
      await openDeck(page, `/slides/${deck}`);
      const sections = page.locator('.reveal .slides > section');
      const slideCount = await sections.count();
      // The closing slide is the last one counted: only the appendix (uncounted) may follow it.
      const closingAt = await sections.evaluateAll((all) => all.findIndex((s) => s.getAttribute('data-slide') === 'next'));
      const after = await sections.evaluateAll((all, at) => all.slice(at + 1).map((s) => s.getAttribute('data-visibility')), closingAt);
      expect(
        after.every((visibility) => visibility === 'uncounted'),
        'only appendix slides follow the closing slide',
      ).toBe(true);
      // The presenter gets there with the keyboard: End, then back over the appendix.
      await page.keyboard.press('End');
      await expect.poll(() => currentSlide(page)).toBe(slideCount - 1);
      for (let at = slideCount - 1; at > closingAt; at--) {
        await page.keyboard.press('ArrowLeft');
        await expect.poll(() => currentSlide(page)).toBe(at - 1);
      }
      const closing = page.locator('.reveal .slides > section.present');
      await expect(closing).toHaveAttribute('data-slide', 'next');
      const links = closing.locator('a');
      await expect(links).toHaveCount(expected.length);
      const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs).toEqual(expected);
      for (const [i, href] of hrefs.entries()) {
        // Not a placeholder: a real path of the site, which answers.
        expect(href, 'no empty link').not.toBe('');
        expect(href, 'no placeholder link').not.toMatch(/^#|^javascript:|TODO/i);
        expect(href).toMatch(/^\/[^#]/);
        await expect(links.nth(i)).toBeVisible();
        await expect(links.nth(i)).not.toHaveText(/^\s*$/);
        expect((await request.get(href)).status(), href).toBe(200);
      }
      // A click takes the room there.
      await links.first().click();
      await expect(page).toHaveURL((url) => url.pathname === hrefs[0]);
      // The URL changes first; the page follows once its code has loaded (a lab page is large, the machine may be busy).
      const next = nextStepAfter(deck);
      if (next.kind === 'deck')
        await expect(page.locator('[data-deck-status]')).toHaveAttribute('data-deck-status', 'presenting', {timeout: 15_000});
      else
        await expect(page.getByRole('heading', {level: 1, ...(next.kind === 'lab' ? {name: labLabel(next.lab)} : {})})).toBeVisible({
          timeout: 15_000,
        });
      // The old deck must not stamp its slide onto the new page (reveal.js writes the URL through
      // a timer set up to 1 s ahead): once the page has run its timers for that long, a next deck
      // opens on its first slide, a page has no hash.
      await pageTimersPassed(page, 1_500);
      expect(new URL(page.url()).hash, "the old deck's slide carried over to the new page").toMatch(/^(#\/?)?$/);
      if (next.kind === 'deck') await expect.poll(() => currentSlide(page)).toBe(0);
    });
  }

  for (const deck of ['intro-to-docker', 'docker-compose'] as const) {
    test(`${deck}: the speaker view opens on "s" and shows the current slide's notes`, async ({page}) => {
      await openDeck(page, `/slides/${deck}#/2`);
      await expect.poll(() => currentSlide(page)).toBe(2);
      const notes = (await page.locator('.reveal .slides > section.present aside.notes').textContent())?.replace(/\s+/g, ' ').trim();
      expect(notes?.length).toBeGreaterThan(20);

      const [speakerView] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
      const shown = speakerView.locator('.speaker-controls-notes .value');
      await expect(shown).toBeVisible({timeout: 20_000});
      await expect(shown).toHaveText(notes!);
      // The slide previews are the deck itself, served again: they must have loaded.
      await expect(speakerView.locator('#connection-status')).toBeHidden();
      await expect(speakerView.locator('.speaker-controls-time .timer')).toBeVisible();
    });
  }

  test('o opens the overview of all slides, Escape closes it', async ({page}) => {
    await openDeck(page, '/slides/rest-api-container#/3');
    await expect.poll(() => currentSlide(page)).toBe(3);
    const deck = page.locator('.reveal');
    await page.keyboard.press('o');
    await expect(deck).toHaveClass(/\boverview\b/);
    await page.keyboard.press('Escape');
    await expect(deck).not.toHaveClass(/\boverview\b/);
    await expect.poll(() => currentSlide(page)).toBe(3);
  });

  test('f shows the deck full screen on the current slide, which stays when full screen ends', async ({page}) => {
    await openDeck(page, '/slides/intro-to-docker#/2');
    await expect.poll(() => currentSlide(page)).toBe(2);
    const fullscreenTag = () => page.evaluate(() => document.fullscreenElement?.className ?? null);
    expect(await fullscreenTag()).toBeNull();
    await page.keyboard.press('f');
    // reveal.js asks the browser to show the deck's own element full screen, not the whole page.
    await expect.poll(fullscreenTag).toMatch(/\breveal\b/);
    await expect.poll(() => currentSlide(page)).toBe(2);
    await page.evaluate(() => document.exitFullscreen());
    await expect.poll(fullscreenTag).toBeNull();
    await expect.poll(() => currentSlide(page)).toBe(2);
  });

  for (const deck of decks) {
    test(`${deck}: ?print-pdf prints one page per slide`, async ({page, request}) => {
      // The slide count comes from the deck's server-rendered HTML, not from reveal.js.
      const html = await (await request.get(`/slides/${deck}`)).text();
      const slides = html.match(/<section[^>]*\bdata-slide=/g)?.length ?? 0;
      expect(slides).toBeGreaterThan(3);

      await page.goto(`/slides/${deck}?print-pdf`);
      await expect(page.locator('[data-deck-status]')).toHaveAttribute('data-deck-status', 'print');
      const pdf = await page.pdf({preferCSSPageSize: true, printBackground: true});
      expect(pdfPageCount(pdf)).toBe(slides);
    });
  }
});

/**
 * Moves through the deck with the right arrow key, as a presenter does, until the slide on screen
 * has the given `##` heading; each press is waited for before the next one. Returns that slide.
 */
async function arrowTo(page: Page, heading: string) {
  const present = page.locator('.reveal .slides > section.present');
  const slideCount = await page.locator('.reveal .slides > section').count();
  for (let presses = 0; ; presses++) {
    if ((await present.getByRole('heading', {level: 2, name: heading, exact: true}).count()) > 0) break;
    expect(presses, `the right arrow reaches the slide "${heading}" before the end of the deck`).toBeLessThan(slideCount * 4);
    const before = await position(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => position(page)).not.toEqual(before);
  }
  await expect(present.getByRole('heading', {level: 2, name: heading, exact: true})).toBeVisible();
  return present;
}

test.describe('the welcome deck', () => {
  test('the presenter slide, reached with the arrow keys, names the presenters of src/data/presenter.ts', async ({page}) => {
    await openDeck(page, '/slides/welcome');
    const slide = await arrowTo(page, presenterHeading());
    // The slide has its own URL, like every other: the room can be sent straight to it.
    await expect(page).toHaveURL(new RegExp(`#/${await currentSlide(page)}$`));
    const people = slide.getByTestId('presenters').getByRole('listitem');
    await expect(people).toHaveCount(presenterData.presenters.length);
    for (const [i, presenter] of presenterData.presenters.entries()) {
      await expect(people.nth(i).locator('.deck-presenters__name')).toHaveText(presenter.name);
      await expect(people.nth(i)).toBeVisible();
      if (presenter.affiliation) await expect(people.nth(i).locator('.deck-presenters__affiliation')).toHaveText(presenter.affiliation);
    }
    if (presenterData.contact) {
      const contact = slide.getByRole('link', {name: presenterData.contact.label});
      await expect(contact).toBeVisible();
      await expect(contact).toHaveAttribute('href', presenterData.contact.href);
    }
  });

  test("the credits slide names the course's three original authors", async ({page}) => {
    await openDeck(page, '/slides/welcome');
    const slide = await arrowTo(page, 'Where this course comes from');
    for (const author of ['Aly Sivji', 'Joe Jasinski', 'Tathagata Dasgupta']) {
      await expect(slide.getByText(author, {exact: true}).first()).toBeVisible();
    }
    await expect(slide).toContainText('PyCon 2018');
  });
});

test.describe('the deck index', () => {
  test('lists the nine decks in agenda order with their minutes, and opens one', async ({page}) => {
    await page.goto('/slides');
    await expect(page.getByRole('heading', {level: 1, name: 'Slides'})).toBeVisible();
    const entries = page.getByTestId('deck');
    await expect(entries).toHaveCount(9);
    const blocks = deckBlocks();
    for (const [i, block] of blocks.entries()) {
      const entry = entries.nth(i);
      await expect(entry.getByRole('link').first()).toHaveAttribute('href', `/slides/${block.deck}`);
      await expect(entry.getByTestId('deck-minutes')).toHaveText(`${block.minutes} minutes`);
    }
    // The minutes shown add up to the lecture time of the agenda.
    const minutes = await entries.getByTestId('deck-minutes').allTextContents();
    expect(minutes.reduce((sum, m) => sum + Number.parseInt(m, 10), 0)).toBe(blocks.reduce((s, b) => s + b.minutes, 0));

    await entries.nth(2).getByRole('link').first().click();
    await expect(page).toHaveURL(/\/slides\/intro-to-docker$/);
    await expect(page.locator('[data-deck-status]')).toHaveAttribute('data-deck-status', 'presenting');
    await expect(page.locator('.reveal .slides > section.present h1')).toHaveText('Introduction to Docker');
  });

  test('leaving a deck takes reveal.js and its styles with it', async ({page}) => {
    await openDeck(page, '/slides/workflows');
    await expect(page.locator('style#reveal-core-css')).toHaveCount(1);
    await page.getByRole('link', {name: '← All slides'}).click();
    await expect(page.getByRole('heading', {level: 1, name: 'Slides'})).toBeVisible();
    await expect(page.locator('style#reveal-core-css')).toHaveCount(0);
    await expect(page.locator('html')).not.toHaveClass(/reveal/);
    await expect(page.locator('body')).not.toHaveClass(/reveal/);
    // The navbar is back and the page scrolls like any other.
    await expect(page.getByRole('navigation', {name: 'Main'})).toBeVisible();
  });

  test('pages other than decks do not download reveal.js', async ({page}) => {
    // Every script the page asks for until it is ready: hydrated, a deck started; then, once the
    // browser is idle (effects may load chunks), until each of those requests has finished.
    const scriptsOf = async (path: string): Promise<string[]> => {
      const asked: Request[] = [];
      const finished = new Set<Request>();
      const ask = (request: Request) => {
        if (request.resourceType() === 'script') asked.push(request);
      };
      const finish = (request: Request) => finished.add(request);
      page.on('request', ask);
      page.on('requestfinished', finish);
      page.on('requestfailed', finish);
      await page.goto(path);
      await hydrated(page);
      const deck = page.locator('[data-deck-status]');
      if ((await deck.count()) > 0) await expect(deck).toHaveAttribute('data-deck-status', 'presenting');
      await page.evaluate(() => new Promise<void>((idle) => requestIdleCallback(() => idle())));
      await expect.poll(() => asked.filter((request) => !finished.has(request)).map((request) => request.url())).toEqual([]);
      page.off('request', ask);
      page.off('requestfinished', finish);
      page.off('requestfailed', finish);
      // The browser may drop a response body once it is used; fetch each script again instead.
      return Promise.all(asked.map(async (request) => (await page.request.get(request.url())).text()));
    };
    // An event name that is all over reveal.js's code (and its notes plugin), and nowhere else.
    const isReveal = (body: string) => body.includes('slidechanged');
    for (const path of ['/', '/docs/course/outline', '/slides']) {
      const bodies = await scriptsOf(path);
      expect(bodies.length).toBeGreaterThan(0);
      expect(bodies.filter(isReveal), path).toEqual([]);
    }
    // …while a deck does load it (so the marker above really finds reveal.js).
    expect((await scriptsOf('/slides/welcome')).some(isReveal)).toBe(true);
  });

  test("reveal.js's styles stay off other pages, whose print layout they would change", async ({page}) => {
    const allCss = () =>
      page.evaluate(() => [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'));
    // reveal.css's print rules all start like this; the site's own stylesheet has none.
    const revealPrintRule = 'html:not(.print-pdf)';
    await openDeck(page, '/slides/welcome');
    expect(await allCss()).toContain(revealPrintRule);
    await page.goto('/docs/cheatsheet');
    const css = await allCss();
    expect(css.length).toBeGreaterThan(1000);
    expect(css).not.toContain(revealPrintRule);
  });

  test('site search finds a deck by words that only its slides contain', async ({page}) => {
    await page.goto('/');
    // The hit is shown with the deck's title and whichever of its passages matches best.
    const hit = (await searchFor(page, 'strings attached')).filter({hasText: /The project: pickle and REST/}).first();
    await expect(hit).toBeVisible({timeout: 15_000});
    await hit.click();
    await expect(page).toHaveURL(/\/slides\/project-pickle-rest/);
  });
});

test.describe('a deck before reveal.js presents', () => {
  const DECK = '/slides/intro-to-docker';
  /** The title slide's heading. */
  const title = (page: Page) => page.locator('.reveal .slides section').first().locator('h1');

  test('nothing moves when the deck takes the screen (no layout shift)', async ({browser}) => {
    // A tablet held upright: wide enough for slides at once (whenSlidesWanted), the document reflowing most.
    const context = await browser.newContext({viewport: {width: 600, height: 960}, isMobile: true, hasTouch: true});
    try {
      const page = await context.newPage();
      await page.addInitScript(() => {
        const shifts: number[] = [];
        Object.assign(window, {layoutShifts: shifts});
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & {value: number}).value);
        }).observe({type: 'layout-shift', buffered: true});
      });
      await openDeck(page, DECK);
      await expect(title(page)).toBeVisible();
      const shifts = await page.evaluate(() => (window as unknown as {layoutShifts: number[]}).layoutShifts);
      expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.05);
    } finally {
      await context.close();
    }
  });

  test('without JavaScript, the slides show at once, as a document', async ({browser, baseURL}) => {
    const context = await browser.newContext({javaScriptEnabled: false});
    try {
      const page = await context.newPage();
      await page.goto(`${baseURL}${DECK}`);
      await expect(title(page)).toBeVisible();
      await expect(page.locator('.reveal .slides > section').nth(1)).toBeVisible();
    } finally {
      await context.close();
    }
  });

  test('when its scripts never arrive, the slides show as a document after a few seconds', async ({page}) => {
    await page.route('**/assets/js/*.js', (route) => route.abort());
    await page.goto(DECK);
    await expect(page.locator('[data-deck-status]')).toHaveAttribute('data-deck-status', 'document');
    await expect(title(page)).toBeHidden();
    await expect(title(page)).toBeVisible({timeout: 10_000});
  });
});

test.describe('a deck on a phone held upright', () => {
  const DECK = '/slides/intro-to-docker';
  test.use({viewport: {width: 412, height: 823}, isMobile: true, hasTouch: true});
  const slides = (page: Page) => page.locator('.reveal .slides > section');
  const status = (page: Page) => page.locator('[data-deck-status]');

  test("reads as a document at the page's text size, with its notes, and never downloads reveal.js", async ({page}) => {
    const scripts = new Map<string, Promise<string>>();
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script')
        scripts.set(
          response.url(),
          response.text().catch(() => ''),
        );
    });
    const addedScripts = await recordAddedScripts(page);
    await page.goto(DECK);
    // Shown at once, not hidden until a deck presents.
    await expect(slides(page).first().locator('h1')).toBeVisible({timeout: 2_000});
    await hydrated(page);
    // The deck decides in hydration's effects: had it started reveal.js, its chunks would be among
    // the scripts added by now, all loaded, and their responses seen here.
    const added = await addedScripts();
    await expect.poll(() => added.filter((src) => !scripts.has(src)), 'scripts whose response was not seen').toEqual([]);
    await expect(status(page)).toHaveAttribute('data-deck-status', 'document');
    const titleSize = await slides(page)
      .first()
      .locator('h1')
      .evaluate((h1) => parseFloat(getComputedStyle(h1).fontSize));
    expect(titleSize, "the title in the page's own size, not a slide scaled to a third").toBeGreaterThan(24);
    await slides(page).nth(1).scrollIntoViewIfNeeded();
    await expect(slides(page).nth(1).getByRole('complementary', {name: 'Speaker notes'})).toBeVisible();
    const bodies = await Promise.all(scripts.values());
    expect(bodies.length).toBeGreaterThan(0);
    expect(
      bodies.filter((body) => body.includes('slidechanged')),
      'reveal.js downloaded',
    ).toEqual([]);
  });

  test('"Present as slides" starts the deck, in reveal.js\'s scroll view', async ({page}) => {
    await page.goto(DECK);
    await hydrated(page);
    await page.getByRole('button', {name: 'Present as slides'}).click();
    await expect(status(page)).toHaveAttribute('data-deck-status', 'presenting');
    await expect(page.locator('.reveal-viewport')).toHaveClass(/reveal-scroll/);
    await expect(page.getByRole('button', {name: 'Present as slides'})).toBeHidden();
    // The scroll view moves each slide into a page of its own.
    await expect(page.locator('.reveal .scroll-page section h1').first()).toBeVisible();
  });

  test('a link to one slide scrolls the document to it', async ({page}) => {
    await page.goto(`${DECK}#/3`);
    await hydrated(page);
    await expect(slides(page).nth(3)).toBeInViewport();
    await expect(slides(page).first().locator('h1')).not.toBeInViewport();
    await expect(status(page)).toHaveAttribute('data-deck-status', 'document');
  });

  test('turned sideways, the deck presents', async ({page}) => {
    await page.goto(DECK);
    await hydrated(page);
    await expect(status(page)).toHaveAttribute('data-deck-status', 'document');
    await page.setViewportSize({width: 823, height: 412});
    await expect(status(page)).toHaveAttribute('data-deck-status', 'presenting');
    await expect(page.locator('.reveal-viewport')).not.toHaveClass(/reveal-scroll/);
  });
});
