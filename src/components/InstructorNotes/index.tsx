import {Fragment, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import CodeBlock from '@theme/CodeBlock';
import Heading from '@theme/Heading';
import {usePluginData} from '@docusaurus/useGlobalData';
import {formatClock, withClock, type TimedSection} from '@site/src/data/agenda';
import KindBadge from '@site/src/components/KindBadge';
import {labHref, labLabel} from '@site/src/data/decks';
import {labs, type ManifestId} from '@site/labs/registry';
import {
  STEP_TOKEN,
  troubleshootingEntries,
  type DemoItem,
  type InstructorNote,
  type PainPoint,
  type StepRef,
} from '@site/src/data/instructor-notes';
import {inlineMarkdown} from '@site/src/components/InlineMarkdown';
import {DECKS_PLUGIN_NAME, type DecksGlobalData} from '@site/src/plugins/decks/types';
import {stepKey} from '@site/src/plugins/instructor-steps/types';
import namedSteps from '@generated/instructor-steps/steps.json';
import instructorNotes from '@generated/instructor-steps/notes.json';
import styles from './styles.module.css';

/** The ids of a section's headings: stable, so a helper can be sent straight to "#notes-12-pitfalls". */
export const noteIds = (section: number) => ({
  section: `notes-${section}`,
  timing: `notes-${section}-timing`,
  demo: `notes-${section}-demo`,
  pitfalls: `notes-${section}-pitfalls`,
});

function mustResolve(ref: StepRef) {
  // Resolved at build time (src/plugins/instructor-steps), so the page ships no lab manifest.
  const key = stepKey(ref.manifest, ref.step);
  const resolved = Object.hasOwn(namedSteps, key) ? namedSteps[key] : undefined;
  // The unit tests keep every reference real; a stale one must fail the build, not print a hole.
  if (!resolved) throw new Error(`InstructorNotes: no step "${ref.step}" in lab ${ref.manifest}`);
  return resolved;
}

/** Prose: the inline markdown of lab steps, with `{{<manifest>#<step>}}` written as that step's command. */
function Prose({text}: {text: string}): ReactNode {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(STEP_TOKEN)) {
    const at = match.index;
    parts.push(<Fragment key={`t${at}`}>{inlineMarkdown(text.slice(last, at))}</Fragment>);
    const resolved = mustResolve({manifest: (match[1] ?? '') as ManifestId, step: match[2] ?? ''});
    parts.push(
      <Link key={`s${at}`} to={resolved.href} title={resolved.label}>
        <code>{resolved.command}</code>
      </Link>,
    );
    last = at + match[0].length;
  }
  parts.push(<Fragment key="end">{inlineMarkdown(text.slice(last))}</Fragment>);
  return <>{parts}</>;
}

function StepLink({step}: {step: StepRef}): ReactNode {
  const resolved = mustResolve(step);
  return <Link to={resolved.href}>{resolved.label}</Link>;
}

function Demo({item}: {item: DemoItem}): ReactNode {
  if (item.kind === 'show') {
    return (
      <li>
        <Prose text={item.text} />
      </li>
    );
  }
  const resolved = mustResolve(item.step);
  return (
    <li>
      <StepLink step={item.step} />
      <div className={styles.command}>
        <CodeBlock language="bash">{resolved.command}</CodeBlock>
      </div>
      <p>
        <Prose text={item.say} />
        {resolved.hasPowershell && <> (The lab page has the PowerShell form.)</>}
      </p>
    </li>
  );
}

function Pitfall({pitfall}: {pitfall: PainPoint}): ReactNode {
  const see: ReactNode[] = [];
  if (pitfall.troubleshooting) {
    see.push(
      <Link key="t" to={`/docs/course/troubleshooting#${pitfall.troubleshooting}`}>
        Troubleshooting: {inlineMarkdown(troubleshootingEntries[pitfall.troubleshooting])}
      </Link>,
    );
  }
  if (pitfall.step) see.push(<StepLink key="s" step={pitfall.step} />);
  return (
    <li>
      <strong className={styles.problem}>
        <Prose text={pitfall.problem} />
      </strong>{' '}
      <Prose text={pitfall.fix} />
      {see.length > 0 && (
        <span className={styles.see}>
          {' '}
          See{' '}
          {see.map((link, i) => (
            <Fragment key={i}>
              {i > 0 && ' and '}
              {link}
            </Fragment>
          ))}
          .
        </span>
      )}
    </li>
  );
}

/** Where the section's material is: its deck, or its lab page. */
function Material({section}: {section: TimedSection}): ReactNode {
  const {decks} = usePluginData(DECKS_PLUGIN_NAME) as DecksGlobalData;
  const lab = section.lab ? labs.find((l) => l.id === section.lab) : undefined;
  if (section.deck) {
    const title = decks.find((d) => d.id === section.deck)?.title ?? section.title;
    return (
      <p className={styles.material}>
        Deck: <Link to={`/slides/${section.deck}`}>{title}</Link>
      </p>
    );
  }
  if (lab) {
    return (
      <p className={styles.material}>
        Lab page: <Link to={labHref(lab)}>{labLabel(lab)}</Link>
      </p>
    );
  }
  return null;
}

function Note({section, note}: {section: TimedSection; note: InstructorNote}): ReactNode {
  const ids = noteIds(section.number);
  const isBreak = section.kind === 'break';
  return (
    <section className={styles.note} aria-labelledby={ids.section} data-testid="instructor-note">
      <Heading as="h3" id={ids.section}>
        {section.number}. {section.title}
      </Heading>
      <p className={styles.meta}>
        <KindBadge kind={section.kind} />{' '}
        <span className={styles.clock}>
          {formatClock(section.startsAt)}–{formatClock(section.endsAt)}, {section.minutes} minutes
        </span>
      </p>
      <Material section={section} />

      <Heading as="h4" id={ids.timing}>
        Timing
      </Heading>
      <ul className={styles.plan}>
        {note.timing.plan.map((slice, i) => (
          <li key={i}>
            <span className={styles.slice}>{slice.minutes} min</span> <Prose text={slice.what} />
          </li>
        ))}
      </ul>
      {note.timing.cues && note.timing.cues.length > 0 && (
        <ul className={styles.cues} aria-label={`Cues for section ${section.number}`}>
          {note.timing.cues.map((cue, i) => (
            <li key={i}>
              <strong>
                At {formatClock(section.startsAt + cue.after)} ({cue.after} min in):
              </strong>{' '}
              <Prose text={cue.say} />
            </li>
          ))}
        </ul>
      )}

      <Heading as="h4" id={ids.demo}>
        {isBreak ? 'What to check' : 'What to demo'}
      </Heading>
      <ul className={styles.demo}>
        {note.demo.map((item, i) => (
          <Demo key={i} item={item} />
        ))}
      </ul>

      <Heading as="h4" id={ids.pitfalls}>
        What usually goes wrong
      </Heading>
      <ul className={styles.pitfalls}>
        {note.pitfalls.map((pitfall, i) => (
          <Pitfall key={i} pitfall={pitfall} />
        ))}
      </ul>
    </section>
  );
}

/** The instructor notes (`src/data/instructor-notes/notes/*.md`), in agenda order, with the agenda's clock. */
export default function InstructorNotes(): ReactNode {
  return (
    <div className={styles.notes}>
      {withClock().map((section) => {
        const note = instructorNotes.find((n) => n.section === section.number);
        if (!note) throw new Error(`InstructorNotes: section ${section.number} has no note`);
        return <Note key={section.number} section={section} note={note} />;
      })}
    </div>
  );
}
