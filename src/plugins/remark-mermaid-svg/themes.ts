/**
 * The two renderings of every diagram: one for the site's light mode, one for its dark mode (the
 * themes the site used when mermaid ran in the browser). CSS shows the one that matches the
 * `data-theme` Docusaurus sets on <html>.
 */
import type {MermaidConfig} from 'mermaid';

export type DiagramTheme = 'light' | 'dark';

export const DIAGRAM_THEMES: readonly DiagramTheme[] = ['light', 'dark'];

// Arial's metrics on every system (Liberation Sans is metric-compatible, Helvetica nearly so): the
// boxes are sized in the build's browser, and must still fit the text in the reader's.
const FONT_FAMILY = 'arial, "Liberation Sans", helvetica, sans-serif';

// Mermaid's dark theme writes edge labels in mid grey on a grey box, below AA contrast.
const DARK_CSS = '.edgeLabel, .edgeLabel p, .labelBkg { color: #f2f2f2; background-color: #1b1b1d; }';

export function mermaidConfig(theme: DiagramTheme): MermaidConfig {
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    theme: theme === 'light' ? 'neutral' : 'dark',
    fontFamily: FONT_FAMILY,
    themeCSS: theme === 'dark' ? DARK_CSS : '',
  };
}
