/**
 * Client module: the code blocks' copy and word-wrap buttons, handled by one click listener on the
 * document rather than by React. A block whose HTML hydration skipped (src/components/StaticHtml)
 * has no React handler, and a block that has one needs no state for either button: the copy
 * button copies the lines the block shows (linesText), the wrap button toggles a class.
 */
import {linesText} from './html';

/** The attribute that names a button's action, with the class names the buttons toggle. */
export const CODE_ACTION = 'data-code-action';
export const WRAPPED_CLASS = 'code-block--wrapped';
export const COPIED_CLASS = 'code-block__button--copied';

export const COPY_LABEL = 'Copy code to clipboard';

function copy(button: HTMLElement, pre: HTMLElement): void {
  // Lines as the page shows them; a block of elements (no lines) as its text.
  const text = pre.querySelector('.token-line') ? linesText(pre) : (pre.textContent ?? '');
  void navigator.clipboard.writeText(text).then(() => {
    button.classList.add(COPIED_CLASS);
    button.setAttribute('aria-label', 'Copied');
    window.setTimeout(() => {
      button.classList.remove(COPIED_CLASS);
      button.setAttribute('aria-label', COPY_LABEL);
    }, 1000);
  });
}

function toggleWrap(button: HTMLElement, pre: HTMLElement): void {
  const wrapped = pre.classList.toggle(WRAPPED_CLASS);
  button.setAttribute('aria-pressed', String(wrapped));
}

function onClick(event: MouseEvent): void {
  const button = event.target instanceof Element ? event.target.closest<HTMLElement>(`[${CODE_ACTION}]`) : null;
  const pre = button?.closest('.theme-code-block')?.querySelector<HTMLElement>('pre');
  if (!button || !pre) return;
  if (button.getAttribute(CODE_ACTION) === 'copy') copy(button, pre);
  else toggleWrap(button, pre);
}

// In the capture phase: a component around a block (a collapsible's <details>) may stop a click's
// propagation at the app's root, before it bubbles to the document.
if (typeof document !== 'undefined') document.addEventListener('click', onClick, {capture: true});
