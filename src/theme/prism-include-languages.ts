/**
 * Adds no languages to the theme's Prism: the browser does not highlight with it (see
 * src/code-highlight). The theme's own version requires `prismjs/components/prism-${lang}`, which
 * puts Prism's list of components (about 7 KB gzipped) into every page's main.js even when the
 * site names no language.
 */
export default function prismIncludeLanguages(): void {}
