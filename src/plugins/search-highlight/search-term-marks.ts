/**
 * Stands in for mark.js in the search plugin's bundle (src/plugins/search-highlight). The search
 * bar marks the words a reader searched for on the page a result opens, with `new Mark(article)`,
 * `unmark()` and `mark(words, {exclude})`. mark.js wraps every match in an element, and its
 * `unmark()` walks the whole article on every page load, searched or not (70 ms on lab 04 on a
 * fast machine). Here the matches are ranges of the CSS Custom Highlight API: nothing in the page
 * changes, nothing is walked when no word was searched, and clearing is one call. Text that
 * arrives later (a code block's lines, loaded by a visit within the site) is marked as it comes.
 * A browser without the API shows the page without marks.
 */

/** The highlight's name, styled by `::highlight(search-term)` (search-highlight.css). */
export const HIGHLIGHT_NAME = 'search-term';

interface MarkOptions {
  /** Selectors of elements whose text is not marked. */
  readonly exclude?: readonly string[];
}

function highlights(): HighlightRegistry | undefined {
  return typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Each word of the searched terms, as mark.js takes them by default (separate words, any case). */
export function searchedWords(keywords: string | readonly string[]): string[] {
  const terms = typeof keywords === 'string' ? [keywords] : keywords;
  return [...new Set(terms.flatMap((term) => term.toLowerCase().split(/\s+/)).filter((word) => word.length > 0))];
}

/** Ranges of every occurrence of the words in the text under `root`, skipping excluded elements. */
export function matchRanges(root: Element, words: readonly string[], exclude: readonly string[] = []): Range[] {
  if (words.length === 0) return [];
  // Longest first, so "docker-compose" wins over "docker" where both match.
  const pattern = new RegExp(
    [...words]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|'),
    'giu',
  );
  const excluded = exclude.join(',');
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (excluded && node.parentElement?.closest(excluded) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const ranges: Range[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of (node.nodeValue ?? '').matchAll(pattern)) {
      const range = root.ownerDocument.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      ranges.push(range);
    }
  }
  return ranges;
}

// One set of marks per page, whichever instance made it: the search bar makes a new one each time.
let watching: MutationObserver | undefined;
let pending = 0;

function stopWatching(): void {
  watching?.disconnect();
  watching = undefined;
  cancelAnimationFrame(pending);
}

export default class SearchTermMarks {
  readonly #root: Element;

  constructor(root: Element) {
    this.#root = root;
  }

  mark(keywords: string | readonly string[], options: MarkOptions = {}): void {
    const registry = highlights();
    stopWatching();
    const words = searchedWords(keywords);
    if (!registry || words.length === 0) return;
    const apply = () => {
      const ranges = matchRanges(this.#root, words, options.exclude);
      if (ranges.length > 0) registry.set(HIGHLIGHT_NAME, new Highlight(...ranges));
      else registry.delete(HIGHLIGHT_NAME);
    };
    apply();
    watching = new MutationObserver(() => {
      cancelAnimationFrame(pending);
      pending = requestAnimationFrame(apply);
    });
    watching.observe(this.#root, {childList: true, subtree: true, characterData: true});
  }

  unmark(): void {
    stopWatching();
    highlights()?.delete(HIGHLIGHT_NAME);
  }
}
