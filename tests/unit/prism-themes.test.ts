import {describe, expect, it} from 'vitest';
import {courseDark, courseLight} from '../../src/code-highlight/themes';

/** WCAG relative luminance of a #rrggbb or rgb(r, g, b) colour. */
function luminance(colour: string): number {
  const hex = /^#([0-9a-f]{6})$/i.exec(colour)?.[1];
  const channels = hex
    ? [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16))
    : (/rgb\((\d+),\s*(\d+),\s*(\d+)\)/.exec(colour)?.slice(1).map(Number) ?? []);
  if (channels.length !== 3) throw new Error(`cannot read colour ${colour}`);
  const [r, g, b] = channels.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe.each([
  ['light', courseLight],
  ['dark', courseDark],
])('the %s code theme', (_name, theme) => {
  const background = theme.plain.backgroundColor!;
  const coloured = theme.styles.filter((s) => s.style.color);

  it('has readable plain text', () => {
    expect(contrast(theme.plain.color!, background)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(coloured.map((s) => [s.types.join('/'), s.style.color!]))('token %s (%s) meets WCAG AA contrast', (_types, colour) => {
    expect(contrast(colour, background)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('contrast', () => {
  it('computes the WCAG ratio (black on white is 21:1, grey #999 on white fails AA)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#999999', '#ffffff')).toBeLessThan(4.5);
  });
});
