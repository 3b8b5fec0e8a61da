/**
 * Stands in for prism-react-renderer in the site's bundles. The theme's `prism-include-languages`
 * client module still imports its Prism to add languages to it (the site lists none); nothing
 * highlights in the browser with it (code is highlighted at build time, commands by runtime.ts),
 * so its ~35 KB stay out.
 */
export const Prism = {languages: {}};
