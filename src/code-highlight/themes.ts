/**
 * Code highlighting colours for the docs and the decks. Based on Visual Studio's light and dark
 * themes, with the few token colours that fall below WCAG AA contrast (4.5:1) darkened or lightened.
 * A unit test checks every colour against its background.
 */
import {themes, type PrismTheme} from 'prism-react-renderer';

type TokenStyle = PrismTheme['styles'][number];

/** Replaces the colour of the given token types, keeping every other style of the base theme. */
function recolour(base: PrismTheme, colours: Record<string, string>): PrismTheme {
  const styles: TokenStyle[] = base.styles.map((entry) => {
    const override = entry.types.map((t) => colours[t]).find(Boolean);
    return override ? {...entry, style: {...entry.style, color: override}} : entry;
  });
  return {...base, styles};
}

export const courseLight: PrismTheme = recolour(themes.vsLight, {
  'attr-name': '#b30000',
  'class-name': '#1d6a80',
  number: '#077148',
});

export const courseDark: PrismTheme = recolour(themes.vsDark, {
  prolog: '#9aa5ff',
  constant: '#a9acdf',
  punctuation: '#a0a0a0',
});
