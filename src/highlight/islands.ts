/**
 * Code islands: a page's code blocks, highlighted at build time, travel as HTML in a module of
 * their own (one per page, written by src/remark/highlight-code.ts) instead of inside the page's
 * JavaScript. The server renders them into the page; on the first visit the browser keeps that
 * HTML as it is (hydration does not look inside an element given `dangerouslySetInnerHTML`), so
 * it neither downloads nor hydrates the code. Only a page reached by client-side navigation, which
 * has no server HTML to keep, loads the module.
 */

/** A page's code blocks as HTML, by their index on the page. */
export type IslandHtml = Readonly<Record<string, string>>;

export interface CodeIslands {
  /** The page's blocks, loaded once. */
  load(): Promise<IslandHtml>;
  /** The blocks if already loaded, so a later visit renders them at once. */
  loaded(): IslandHtml | undefined;
}

export function codeIslands(importer: () => Promise<{default: IslandHtml}>): CodeIslands {
  let promise: Promise<IslandHtml> | undefined;
  let html: IslandHtml | undefined;
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
