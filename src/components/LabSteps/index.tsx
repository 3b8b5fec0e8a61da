import {useEffect, useState, type ReactNode} from 'react';
import CodeBlock from '@theme/CodeBlock';
import Heading from '@theme/Heading';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {LabManifest, LabStep, StepScreenshot} from '@site/lib/labs/manifest';
import {inlineMarkdown} from '@site/src/components/InlineMarkdown';
import {boxIsCaptured} from '@site/lib/labs/boxes';
import {CAPTURED} from './captured';
import {formatMinutes} from './formatMinutes';
import StaticHtml from '@site/src/components/StaticHtml';
import {isFirstRender} from '@site/src/components/StaticHtml/firstPage';
import ShellTabs from './ShellTabs';
import {currentShell, startShellTabs, type Shell} from './shellChoice';
import styles from './styles.module.css';

interface Props {
  readonly lab: LabManifest;
  /** First step id to show (inclusive); defaults to the first step. */
  readonly from?: string;
  /** Last step id to show (inclusive); defaults to the last step. */
  readonly to?: string;
  /** Put before each step's anchor (`#step-<prefix><id>`) where one page shows several labs' steps. */
  readonly anchorPrefix?: string;
}

function stepRange(steps: readonly LabStep[], from?: string, to?: string): LabStep[] {
  const start = from ? steps.findIndex((s) => s.id === from) : 0;
  const end = to ? steps.findIndex((s) => s.id === to) : steps.length - 1;
  if (start < 0 || end < 0 || end < start) {
    throw new Error(
      `LabSteps: no step range ${from ?? '(first)'}..${to ?? '(last)'} in the steps of ${steps.length ? steps[0]!.id : 'an empty lab'}`,
    );
  }
  return steps.slice(start, end + 1);
}

function Command({step, shell}: {step: LabStep; shell: Shell}): ReactNode {
  if (!step.powershell) return <CodeBlock language="bash">{step.command}</CodeBlock>;
  return (
    <ShellTabs shell={shell}>
      {{
        bash: <CodeBlock language="bash">{step.command}</CodeBlock>,
        powershell: <CodeBlock language="powershell">{step.powershell}</CodeBlock>,
      }}
    </ShellTabs>
  );
}

/** For a step whose output comes only after a while: the student waits and runs it again. */
function RetryNote({step}: {step: LabStep}): ReactNode {
  if (!step.retryFor || !step.expect) return null;
  return (
    <p className={styles.proof} role="note" aria-label="Wait and run it again">
      If the output does not include <code>{step.expect}</code> yet, wait a moment and run the command again.
    </p>
  );
}

/**
 * What the student should see: the output the lab checker's run of the command printed (its
 * captured box, with placeholders such as `<container id>` where yours differs), or, for a command
 * the checker could not run as shown, the text the output includes.
 */
function OutputBox({lab, step}: {lab: LabManifest; step: LabStep}): ReactNode {
  const captured = boxIsCaptured(step) ? CAPTURED[lab.id]?.[step.id] : undefined;
  if (captured) {
    return (
      <div className={styles.expect} role="group" aria-label="You should see">
        <span className={styles.expectLabel}>You should see</span>
        <CodeBlock language="text">{captured}</CodeBlock>
      </div>
    );
  }
  if (!step.expect) return null;
  return (
    <div className={styles.expect} role="group" aria-label="The output includes">
      <span className={styles.expectLabel}>The output includes</span>
      <CodeBlock language="text">{step.expect}</CodeBlock>
    </div>
  );
}

/** A picture of the page the step shows in a browser, taken from the lab's running containers. */
function Screenshot({shot}: {shot: StepScreenshot}): ReactNode {
  return (
    <figure className={styles.screenshot}>
      <img
        src={useBaseUrl(`/img/labs/${shot.file}`)}
        alt={shot.alt}
        width={900}
        height={shot.height ?? 560}
        loading="lazy"
        decoding="async"
      />
    </figure>
  );
}

/**
 * A lab's student steps, rendered from the lab's manifest (`labs/<id>/lab.ts`), which the lab
 * checker runs too. How each step is proven is on the "How this course is proven" page, not here.
 *
 * The steps are static HTML: on a first visit the browser keeps the server's (StaticHtml), and
 * hydration skips them, their code blocks and their tabs; listeners on the document work the tabs
 * (shellChoice.ts) and the code blocks' buttons. A visit within the site renders them here.
 */
export default function LabSteps({lab, from, to, anchorPrefix = ''}: Props): ReactNode {
  const steps = lab.steps ?? [];
  const numberOf = (step: LabStep) => steps.indexOf(step) + 1;
  // The server, and so the page the first visit keeps, shows macOS / Linux; a later render shows the reader's choice.
  const [shell] = useState<Shell>(() => (isFirstRender() || typeof window === 'undefined' ? 'bash' : currentShell()));
  useEffect(startShellTabs, []);
  return (
    <StaticHtml as="ol" className={styles.steps}>
      {stepRange(steps, from, to).map((step) => (
        <li
          key={step.id}
          className={step.optional || lab.takeHome ? `${styles.step} ${styles.optionalStep}` : styles.step}
          value={numberOf(step)}
        >
          <Heading as="h3" id={`step-${anchorPrefix}${step.id}`}>
            {numberOf(step)}. {step.title}
            {step.optional && (
              <span className={styles.optional} title="Not on the core path: do it if time allows, or after the tutorial">
                {' '}
                Optional
              </span>
            )}
            {lab.takeHome && (
              <span className={styles.optional} title="Not on the core path: this part of the lab is for after the tutorial">
                {' '}
                For after the tutorial
              </span>
            )}
            {step.inLecture && (
              <span className={styles.optional} title="The whole room does this step at the end of the lecture before the lab">
                {' '}
                Done in the lecture
              </span>
            )}
          </Heading>
          <p>{inlineMarkdown(step.explain)}</p>
          {step.wait && (
            <p className={styles.wait}>
              Takes about {formatMinutes(step.wait.minutes)}: {step.wait.why}.
            </p>
          )}
          <Command step={step} shell={shell} />
          {step.linux && (
            <div className={styles.variant} role="note" aria-label="Linux">
              <p>
                <strong>On Linux</strong>, use this instead:
              </p>
              <CodeBlock language="bash">{step.linux}</CodeBlock>
            </div>
          )}
          {step.linuxOtherUser && (
            <div className={styles.variant} role="note" aria-label="Linux, another user id">
              <p>
                <strong>On Linux</strong>, if <code>id -u</code> prints a number other than 1000 (the container user's id), use this
                instead, so that the container reads and writes your folder as you:
              </p>
              <CodeBlock language="bash">{step.linuxOtherUser}</CodeBlock>
            </div>
          )}
          <RetryNote step={step} />
          <OutputBox lab={lab} step={step} />
          {step.screenshots?.map((shot) => (
            <Screenshot key={shot.file} shot={shot} />
          ))}
        </li>
      ))}
    </StaticHtml>
  );
}
