import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {formatClock, totalMinutes, withClock, type TimedSection} from '@site/src/data/agenda';
import KindBadge from '@site/src/components/KindBadge';
import {labPage, labs} from '@site/labs/registry';
import {inlineMarkdown} from '@site/src/components/InlineMarkdown';
import styles from './styles.module.css';

function LabCell({section}: {section: TimedSection}): ReactNode {
  if (!section.lab) return null;
  const lab = labs.find((l) => l.id === section.lab);
  const label = `Lab ${section.lab.slice(0, 2)}${lab ? `: ${lab.title}` : ''}`;
  return <Link to={labPage(section.lab)}>{label}</Link>;
}

/** The course agenda as a table with a running clock: the single rendering of `src/data/agenda.ts`. */
export default function AgendaTable(): ReactNode {
  const sections = withClock();
  const total = totalMinutes();
  return (
    <div className={styles.wrapper}>
      <table className={styles.table} data-testid="agenda">
        <caption className={styles.caption}>
          {sections.length} sections, {total} minutes in all. Times are from the start of the tutorial.
        </caption>
        <thead>
          <tr>
            <th scope="col" className={styles.wide}>
              #
            </th>
            <th scope="col">Section</th>
            <th scope="col" className={styles.wide}>
              Kind
            </th>
            <th scope="col" className={styles.num}>
              Minutes
            </th>
            <th scope="col" className={styles.num}>
              Ends at
            </th>
          </tr>
        </thead>
        <tbody>
          {sections.map((s) => (
            <tr key={s.number} className={s.kind === 'break' ? styles.break : undefined}>
              <td className={styles.wide}>{s.number}</td>
              <td>
                <span className={styles.title}>{s.title}</span>
                {/* On a phone the kind moves under the title, so the clock column stays in view. */}
                <KindBadge kind={s.kind} className={styles.narrow} />
                {s.topics && <span className={styles.topics}>{inlineMarkdown(s.topics.join(' · '))}</span>}
                {s.lab && (
                  <span className={styles.topics}>
                    <LabCell section={s} />
                  </span>
                )}
              </td>
              <td className={styles.wide}>
                <KindBadge kind={s.kind} />
              </td>
              <td className={styles.num}>{s.minutes}</td>
              <td className={styles.num} data-testid="ends-at">
                {formatClock(s.endsAt)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
