/**
 * Adds no languages to the theme's Prism: the browser does not highlight with it (see
 * src/plugins/code-highlight). The site's languages are listed in src/highlight/languages.ts.
 */
export default function prismIncludeLanguages(): void {}
