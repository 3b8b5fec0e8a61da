/**
 * The reader's shell for the lab steps' tabs (ShellTabs.tsx): read from a `?shell=` link or the
 * stored choice, and applied to every tab set of the page by listeners on the document, installed
 * once by the first lab steps that mount.
 */
export type Shell = 'bash' | 'powershell';

export const SHELLS: readonly {readonly value: Shell; readonly label: string}[] = [
  {value: 'bash', label: 'macOS / Linux'},
  {value: 'powershell', label: 'Windows PowerShell'},
];

/** The attributes that mark a tab set, its tabs and its panels. */
export const SHELL_TABS = 'data-shell-tabs';
export const SHELL_TAB = 'data-shell-tab';
export const SHELL_PANEL = 'data-shell-panel';

const STORAGE_KEY = 'course.shell';
const QUERY = 'shell';
const ACTIVE = 'tabs__item--active';

const isShell = (value: string | null | undefined): value is Shell => value === 'bash' || value === 'powershell';

/** The shell a link names, or the one the reader chose last, or macOS / Linux. */
export function currentShell(): Shell {
  const linked = new URLSearchParams(window.location.search).get(QUERY);
  if (isShell(linked)) return linked;
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isShell(stored) ? stored : 'bash';
  } catch {
    // Storage can be off (a private window, a blocked site): the default then.
    return 'bash';
  }
}

/** Shows `shell`'s tab and panel in every tab set of the page. */
export function applyShell(shell: Shell): void {
  for (const tab of document.querySelectorAll<HTMLElement>(`[${SHELL_TAB}]`)) {
    const selected = tab.getAttribute(SHELL_TAB) === shell;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    tab.classList.toggle(ACTIVE, selected);
  }
  for (const panel of document.querySelectorAll<HTMLElement>(`[${SHELL_PANEL}]`)) panel.hidden = panel.getAttribute(SHELL_PANEL) !== shell;
}

function choose(shell: Shell): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, shell);
  } catch {
    // The choice then lasts for this page only.
  }
  const url = new URL(window.location.href);
  url.searchParams.set(QUERY, shell);
  window.history.replaceState(window.history.state, '', url);
  applyShell(shell);
}

function tabOf(event: Event): HTMLElement | null {
  return event.target instanceof Element ? event.target.closest<HTMLElement>(`[${SHELL_TAB}]`) : null;
}

function onClick(event: MouseEvent): void {
  const shell = tabOf(event)?.getAttribute(SHELL_TAB);
  if (isShell(shell)) choose(shell);
}

function onKeyDown(event: KeyboardEvent): void {
  const tab = tabOf(event);
  if (!tab) return;
  const tabs = [...(tab.parentElement?.children ?? [])] as HTMLElement[];
  const at = tabs.indexOf(tab);
  const target = {
    ArrowRight: tabs[(at + 1) % tabs.length],
    ArrowLeft: tabs[(at - 1 + tabs.length) % tabs.length],
    Home: tabs[0],
    End: tabs.at(-1),
  }[event.key];
  if (event.key === 'Enter') tab.click();
  if (target) {
    event.preventDefault();
    target.focus();
  }
}

let installed = false;

/** Installs the listeners (once) and shows the reader's shell in the page's tab sets. */
export function startShellTabs(): void {
  if (!installed) {
    installed = true;
    // In the capture phase, as the code blocks' buttons: a component may stop a click at the app's root.
    document.addEventListener('click', onClick, {capture: true});
    document.addEventListener('keydown', onKeyDown, {capture: true});
  }
  const shell = currentShell();
  if (shell !== 'bash') applyShell(shell);
}
