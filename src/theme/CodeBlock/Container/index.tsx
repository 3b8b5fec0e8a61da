/**
 * The theme's code block container without inline colours: the background and text colours of
 * both colour modes are CSS variables set by src/plugins/code-highlight.
 */
import type {ComponentProps, ReactNode} from 'react';
import clsx from 'clsx';
import {ThemeClassNames} from '@docusaurus/theme-common';
import styles from './styles.module.css';

export default function CodeBlockContainer<T extends 'div' | 'pre'>({as, ...props}: {as: T} & ComponentProps<T>): ReactNode {
  // Polymorphic over two tags; typed as a div, which takes every prop either one is given here.
  const As = as as 'div';
  return <As {...(props as ComponentProps<'div'>)} className={clsx(props.className, styles.codeBlockContainer, ThemeClassNames.common.codeBlock)} />;
}
