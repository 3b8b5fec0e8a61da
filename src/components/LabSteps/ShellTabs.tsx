/**
 * A step's command for macOS / Linux and for Windows PowerShell, on two tabs. Its own component
 * rather than the theme's Tabs: two tabs with a shared choice need no tab context, no remount after
 * hydration and no scroll-position blocker. It keeps what a reader relies on: a tablist whose
 * tabs a click or Enter selects and the arrow keys (and Home, End) move between, one choice for
 * every step of the page and the next visit (stored), and `?shell=powershell` in a link.
 */
import {useSyncExternalStore, type KeyboardEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

export type Shell = 'bash' | 'powershell';

const SHELLS: readonly {readonly value: Shell; readonly label: string}[] = [
  {value: 'bash', label: 'macOS / Linux'},
  {value: 'powershell', label: 'Windows PowerShell'},
];
const STORAGE_KEY = 'course.shell';
const QUERY = 'shell';

const isShell = (value: string | null): value is Shell => value === 'bash' || value === 'powershell';

const listeners = new Set<() => void>();
let chosen: Shell | undefined;

function storedChoice(): Shell {
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

function choose(shell: Shell): void {
  chosen = shell;
  try {
    window.localStorage.setItem(STORAGE_KEY, shell);
  } catch {
    // The choice then lasts for this page only.
  }
  const url = new URL(window.location.href);
  url.searchParams.set(QUERY, shell);
  window.history.replaceState(window.history.state, '', url);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The reader's shell: macOS / Linux on the server and while hydrating, then their choice. */
function useShell(): Shell {
  return useSyncExternalStore(subscribe, () => (chosen ??= storedChoice()), () => 'bash');
}

function onKeyDown(event: KeyboardEvent<HTMLLIElement>): void {
  const tabs = [...(event.currentTarget.parentElement?.children ?? [])] as HTMLElement[];
  const at = tabs.indexOf(event.currentTarget);
  const target = {ArrowRight: tabs[(at + 1) % tabs.length], ArrowLeft: tabs[(at - 1 + tabs.length) % tabs.length], Home: tabs[0], End: tabs.at(-1)}[event.key];
  if (event.key === 'Enter') event.currentTarget.click();
  if (target) {
    event.preventDefault();
    target.focus();
  }
}

export default function ShellTabs({children}: {readonly children: Readonly<Record<Shell, ReactNode>>}): ReactNode {
  const shell = useShell();
  return (
    <div className={clsx('tabs-container', styles.tabs)}>
      <ul role="tablist" aria-orientation="horizontal" className="tabs">
        {SHELLS.map(({value, label}) => (
          <li
            key={value}
            role="tab"
            tabIndex={shell === value ? 0 : -1}
            aria-selected={shell === value}
            className={clsx('tabs__item', styles.tab, shell === value && 'tabs__item--active')}
            onClick={() => shell !== value && choose(value)}
            onKeyDown={onKeyDown}>
            {label}
          </li>
        ))}
      </ul>
      <div className="margin-top--md">
        {SHELLS.map(({value}) => (
          <div key={value} role="tabpanel" className={styles.tabPanel} hidden={shell !== value}>
            {children[value]}
          </div>
        ))}
      </div>
    </div>
  );
}
