/**
 * The theme's Tabs without their remount after hydration. The theme gives its Tabs a key that
 * changes once the page has hydrated, so every tab set, with all its code blocks, is thrown away
 * and built again in the page's longest task. The key is not needed for the stored tab choice:
 * the theme's own hook applies the stored or linked choice in a layout effect after hydrating. The markup, keyboard use and stored choice are the
 * theme's: a tablist of tabs, Enter or a click selects, arrow keys (and Home, End) move the focus.
 */
import {useRef, type KeyboardEvent, type MouseEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import {ThemeClassNames} from '@docusaurus/theme-common';
import {sanitizeTabsChildren, TabsProvider, useScrollPositionBlocker, useTabs, useTabsContextValue} from '@docusaurus/theme-common/internal';
import type {Props} from '@theme/Tabs';
import styles from './styles.module.css';

function TabList({className}: {className?: string}): ReactNode {
  const {selectedValue, selectValue, tabValues, block} = useTabs();
  const tabs = useRef<(HTMLLIElement | null)[]>([]);
  const {blockElementScrollPositionUntilNextRender} = useScrollPositionBlocker();

  const select = (tab: HTMLLIElement) => {
    const value = tabValues[tabs.current.indexOf(tab)]?.value;
    if (value === undefined || value === selectedValue) return;
    // The list stays where the reader sees it, however tall the newly shown panel is.
    blockElementScrollPositionUntilNextRender(tab);
    selectValue(value);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    const all = tabs.current.filter((tab): tab is HTMLLIElement => tab !== null);
    const at = all.indexOf(event.currentTarget);
    const target = {
      Enter: undefined,
      ArrowRight: all[(at + 1) % all.length],
      ArrowLeft: all[(at - 1 + all.length) % all.length],
      Home: all[0],
      End: all[all.length - 1],
    }[event.key];
    if (event.key === 'Enter') select(event.currentTarget);
    if (target) {
      event.preventDefault();
      target.focus();
    }
  };

  return (
    <ul role="tablist" aria-orientation="horizontal" className={clsx('tabs', block && 'tabs--block', className)}>
      {tabValues.map(({value, label, attributes}, i) => (
        <li
          role="tab"
          key={value}
          tabIndex={selectedValue === value ? 0 : -1}
          aria-selected={selectedValue === value}
          ref={(tab) => {
            tabs.current[i] = tab;
          }}
          onKeyDown={onKeyDown}
          onClick={(event: MouseEvent<HTMLLIElement>) => select(event.currentTarget)}
          {...attributes}
          className={clsx('tabs__item', styles.tab, attributes?.className as string | undefined, selectedValue === value && 'tabs__item--active')}>
          {label ?? value}
        </li>
      ))}
    </ul>
  );
}

export default function Tabs(props: Props): ReactNode {
  const value = useTabsContextValue(props);
  return (
    <TabsProvider value={value}>
      {/* `tabs-container` is the theme's former class name, kept for CSS that targets it. */}
      <div className={clsx(ThemeClassNames.tabs.container, 'tabs-container', styles.tabs)}>
        <TabList className={props.className} />
        <div className="margin-top--md">{sanitizeTabsChildren(props.children)}</div>
      </div>
    </TabsProvider>
  );
}
