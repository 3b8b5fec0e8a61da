/**
 * Stands in for prism-react-renderer in the site's bundles. The theme's client module still
 * imports its Prism to add languages to it; nothing here highlights in the browser with it (code
 * is highlighted at build time, commands by src/highlight/runtime.ts), so its ~35 KB stay out.
 */
export const Prism = {languages: {}};
