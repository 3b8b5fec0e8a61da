import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {SLIDES_MIN_WIDTH, slideInHash} from '../../src/components/Deck/whenSlidesWanted';

const root = path.resolve(import.meta.dirname, '../..');

describe('a deck on a narrow screen', () => {
  it('reads the slide a link names the way reveal.js writes it', () => {
    expect(slideInHash('#/3')).toBe(3);
    expect(slideInHash('#/0')).toBe(0);
    expect(slideInHash('#/12/1')).toBe(12);
    expect(slideInHash('')).toBeNull();
    expect(slideInHash('#what-is-docker')).toBeNull();
    expect(slideInHash('#/')).toBeNull();
    expect(slideInHash('#/3/x')).toBeNull();
  });

  it('starts slides where reveal.js keeps its slide view, and the stylesheet draws the line at the same width', () => {
    // reveal.js's own default: below it, reveal.js gives up slides for its scroll view.
    const revealEntry = createRequire(import.meta.url).resolve('reveal.js');
    const revealSource = readFileSync(path.join(path.dirname(revealEntry), 'reveal.mjs'), 'utf8');
    const revealDefault = /scrollActivationWidth:\s*(\d+)/.exec(revealSource)?.[1];
    expect(Number(revealDefault)).toBe(SLIDES_MIN_WIDTH);
    const css = readFileSync(path.join(root, 'src/components/Deck/styles.module.css'), 'utf8');
    expect(css).toContain(`@media (min-width: ${SLIDES_MIN_WIDTH}px)`);
    expect(css).toContain(`@media (max-width: ${SLIDES_MIN_WIDTH - 0.02}px)`);
  });
});
