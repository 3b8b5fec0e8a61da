/**
 * A page's code module: the page's fenced code blocks, highlighted at build time, travel as HTML
 * in a module of their own (one per page, written by remark.ts) instead of inside the page's
 * JavaScript. The server renders them into the page; on the first visit the browser keeps that
 * HTML as it is (hydration does not look inside an element given `dangerouslySetInnerHTML`), so
 * it neither downloads nor hydrates the code. Only a page reached by client-side navigation, which
 * has no server HTML to keep, loads the module.
 */

/** A page's code blocks as HTML, by their index on the page. */
export type PageCodeHtml = Readonly<Record<string, string>>;

export interface PageCode {
  /** The page's blocks, loaded once. */
  load(): Promise<PageCodeHtml>;
  /** The blocks if already loaded, so a later visit renders them at once. */
  loaded(): PageCodeHtml | undefined;
}

export function pageCode(importer: () => Promise<{default: PageCodeHtml}>): PageCode {
  let promise: Promise<PageCodeHtml> | undefined;
  let html: PageCodeHtml | undefined;
  return {
    load() {
      promise ??= importer().then(
        (module) => (html = module.default),
        (error: unknown) => {
          // A failed download (offline, a new deployment) may be retried by the next visit.
          promise = undefined;
          throw error;
        },
      );
      return promise;
    },
    loaded: () => html,
  };
}
