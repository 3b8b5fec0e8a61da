/**
 * A step's command for macOS / Linux and for Windows PowerShell, on two tabs. Its own component
 * rather than the theme's Tabs, and without React state: the tabs are plain markup, and one set of
 * listeners on the document (shellChoice.ts) switches every tab set of the page at once, so they
 * work in lab steps whose HTML hydration skipped (src/components/StaticHtml) too. A reader gets
 * the theme's tabs: a tablist whose tabs a click or Enter selects and the arrow keys (and Home,
 * End) move between, one choice for every step of the page and the next visit (stored), and
 * `?shell=powershell` in a link.
 */
import type {ReactNode} from 'react';
import clsx from 'clsx';
import {SHELL_PANEL, SHELL_TAB, SHELL_TABS, SHELLS, type Shell} from './shellChoice';
import styles from './styles.module.css';

interface Props {
  /** The tab shown when rendered; the listeners switch it later. */
  readonly shell: Shell;
  readonly children: Readonly<Record<Shell, ReactNode>>;
}

export default function ShellTabs({shell, children}: Props): ReactNode {
  return (
    <div className={clsx('tabs-container', styles.tabs)} {...{[SHELL_TABS]: ''}}>
      <ul role="tablist" aria-orientation="horizontal" className="tabs">
        {SHELLS.map(({value, label}) => (
          <li
            key={value}
            role="tab"
            tabIndex={shell === value ? 0 : -1}
            aria-selected={shell === value}
            className={clsx('tabs__item', styles.tab, shell === value && 'tabs__item--active')}
            {...{[SHELL_TAB]: value}}
          >
            {label}
          </li>
        ))}
      </ul>
      <div className="margin-top--md">
        {SHELLS.map(({value}) => (
          <div key={value} role="tabpanel" className={styles.tabPanel} hidden={shell !== value} {...{[SHELL_PANEL]: value}}>
            {children[value]}
          </div>
        ))}
      </div>
    </div>
  );
}
