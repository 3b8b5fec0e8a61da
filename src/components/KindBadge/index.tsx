import type {ReactNode} from 'react';
import clsx from 'clsx';
import {kindLabel, type SectionKind} from '@site/src/data/agenda';
import styles from './styles.module.css';

/** The badge of an agenda section's kind (Lecture, Hands-on lab…), in the colours the outline uses. */
export default function KindBadge({kind, className}: {kind: SectionKind; className?: string}): ReactNode {
  return <span className={clsx(styles.badge, styles[`kind-${kind.replace('/', '-')}`], className)}>{kindLabel[kind]}</span>;
}
