/**
 * Loaded before Prism's core: without `manual`, Prism in a browser recolours every
 * `code[class*="language-"]` on the page by itself once the document has loaded, behind React's back.
 */
const scope = globalThis as typeof globalThis & {Prism?: {manual?: boolean; disableWorkerMessageHandler?: boolean}};
scope.Prism = {...scope.Prism, manual: true, disableWorkerMessageHandler: true};

export {};
