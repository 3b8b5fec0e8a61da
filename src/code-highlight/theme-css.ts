/**
 * The code colours of both colour modes as CSS, from the Prism themes in themes.ts. As
 * rules rather than inline styles, the server-rendered page is right in either mode at once, and
 * without JavaScript (where no data-theme is set, the light colours apply).
 */
import type {PrismTheme} from 'prism-react-renderer';

type Style = PrismTheme['plain'];

const LIGHT = ":root:not([data-theme='dark'])";
const DARK = ":root[data-theme='dark']";

function declarations(style: Style): string {
  return Object.entries(style)
    .filter(([, value]) => typeof value === 'string' || typeof value === 'number')
    .map(([property, value]) => `${property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${String(value)}`)
    .join(';');
}

function modeRules(mode: string, theme: PrismTheme): string[] {
  const plain = [
    theme.plain.color ? `--prism-color:${theme.plain.color}` : '',
    theme.plain.backgroundColor ? `--prism-background-color:${theme.plain.backgroundColor}` : '',
  ].filter(Boolean);
  const rules = [`${mode}{${plain.join(';')}}`];
  // In the theme's order, so that a later entry wins over an earlier one, as in the theme.
  for (const entry of theme.styles) {
    const scopes = entry.languages?.map((language) => `${mode} .language-${language}`) ?? [mode];
    const selectors = scopes.flatMap((scope) => entry.types.map((type) => `${scope} .token.${type}`));
    rules.push(`${selectors.join(',')}{${declarations(entry.style)}}`);
  }
  return rules;
}

export function codeColoursCss(light: PrismTheme, dark: PrismTheme): string {
  return `/* Generated from src/code-highlight/themes.ts by src/code-highlight/plugin.ts. */\n${[...modeRules(LIGHT, light), ...modeRules(DARK, dark)].join('\n')}\n`;
}
