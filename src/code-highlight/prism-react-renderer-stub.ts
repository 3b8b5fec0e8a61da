/**
 * Stands in for prism-react-renderer in the site's bundles. The theme's client module still imports
 * its Prism to hand it to `@theme/prism-include-languages` (a no-op here, src/theme/); nothing
 * highlights in the browser with it (code is highlighted at build time, commands by runtime.ts),
 * so its ~35 KB stay out.
 */
export const Prism = {languages: {}};
