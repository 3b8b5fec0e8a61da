/**
 * Highlighted lines as HTML, the very markup the code block's Content renders for them (a
 * `token-line` div per line, a span per run, a closing <br>), so a block can reach the page as
 * HTML and never as React elements (see page-code.ts).
 */
import type {Line, Run} from './tokens';

const ESCAPES: Readonly<Record<string, string>> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);
}

export function tokenClassName(run: Run): string {
  return `token ${run.types.join(' ')}`;
}

export function lineClassName(classNames: readonly string[] | undefined): string {
  return ['token-line', ...(classNames ?? [])].join(' ');
}

/** `lineClassNames[i]` holds the extra classes of line i (0-based), as the theme's metadata does. */
export function linesToHtml(lines: readonly Line[], lineClassNames: Readonly<Record<number, readonly string[]>> = {}): string {
  return lines
    .map((line, i) => {
      const runs = line.map((run) => `<span class="${escapeHtml(tokenClassName(run))}">${escapeHtml(run.content)}</span>`).join('');
      return `<div class="${escapeHtml(lineClassName(lineClassNames[i]))}">${runs}<br></div>`;
    })
    .join('');
}

/**
 * The code a block shows, read back from its rendered lines: what the copy button copies (the
 * page's JavaScript does not carry the code of a block from its page's code module).
 */
export function linesText(root: ParentNode): string {
  return [...root.querySelectorAll('.token-line')].map((line) => line.textContent ?? '').join('\n');
}
