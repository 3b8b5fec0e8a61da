import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {formatClock, sectionOfLab} from '@site/src/data/agenda';
import {labPage, labs} from '@site/labs/registry';
import styles from './styles.module.css';

/** The labs with their place in the agenda, what you do and what CI proves. */
export default function LabList(): ReactNode {
  return (
    <ol className={styles.list}>
      {labs.map((lab) => {
        const section = sectionOfLab(lab.id);
        return (
          <li key={lab.id} className={styles.lab}>
            <Heading as="h2" id={`lab-${lab.id}`} className={styles.title}>
              <Link to={labPage(lab.id)}>
                Lab {lab.id.slice(0, 2)}: {lab.title}
              </Link>
            </Heading>
            {section && (
              <p className={styles.when}>
                {section.minutes} minutes, from {formatClock(section.startsAt)} to {formatClock(section.endsAt)} · folder{' '}
                <code>labs/{lab.id}</code>
              </p>
            )}
            <p>
              <strong>You will:</strong> {lab.youWill}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
