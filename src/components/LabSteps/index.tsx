import type {ReactNode} from 'react';
import CodeBlock from '@theme/CodeBlock';
import Heading from '@theme/Heading';
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';
import type {LabManifest, LabStep} from '@site/scripts/lab-checker/manifest';
import {inlineMarkdown} from '@site/src/components/InlineMarkdown';
import {formatMinutes} from './formatMinutes';
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
    throw new Error(`LabSteps: no step range ${from ?? '(first)'}..${to ?? '(last)'} in the steps of ${steps.length ? steps[0]!.id : 'an empty lab'}`);
  }
  return steps.slice(start, end + 1);
}

function Command({step}: {step: LabStep}): ReactNode {
  if (!step.powershell) return <CodeBlock language="bash">{step.command}</CodeBlock>;
  return (
    <Tabs groupId="shell" queryString="shell">
      <TabItem value="bash" label="macOS / Linux" default>
        <CodeBlock language="bash">{step.command}</CodeBlock>
      </TabItem>
      <TabItem value="powershell" label="Windows PowerShell">
        <CodeBlock language="powershell">{step.powershell}</CodeBlock>
      </TabItem>
    </Tabs>
  );
}

/**
 * What CI ran for a step that it did not run exactly as shown: the page says so (the intro of
 * each lab page says that the bash command of every step without this note was run as written,
 * and that the PowerShell variants are not run; the self-check's note says how check.ps1 is).
 */
function ProofNote({step}: {step: LabStep}): ReactNode {
  let note: ReactNode = null;
  if (step.id === 'self-check') {
    note = (
      <>
        CI runs this same script, on the solution and on the unfinished starter (where it must fail). It runs <code>check.ps1</code> the same
        way with PowerShell (<code>pwsh</code>) on Linux where the CI machine has it installed; everywhere, it checks that <code>check.ps1</code>{' '}
        parses and tests the same things as <code>check.sh</code>, in the same order.
      </>
    );
  } else if (step.run === false) note = <>CI does not run this step: {step.notRunBecause}.</>;
  else if (step.check) note = <>CI runs the equivalent <code>{step.check}</code>, which needs no keyboard or terminal.</>;
  else if (step.offlineCheck) note = <>Where Docker Hub cannot be reached, CI runs <code>{step.offlineCheck}</code> instead, on images it built itself under the same name.</>;
  const wait = step.retryFor ? (
    <>
      CI runs this command again, a second apart and up to {step.retryFor} times, until its output includes <code>{step.expect}</code>: if yours
      does not yet, wait a moment and run it again.
    </>
  ) : null;
  if (!note && !wait) return null;
  if (!note) note = wait;
  else if (wait) note = <>{note} {wait}</>;
  return <p className={styles.proof} role="note" aria-label="How CI proved this step">{note}</p>;
}

/**
 * A lab's student steps, rendered from the lab's manifest (`labs/<id>/lab.ts`). The lab checker
 * runs the same steps in CI: each step's bash command and expected output as shown, unless the
 * step's ProofNote says what CI runs instead. PowerShell variants are shown, not run (the
 * self-check's check.ps1 aside, as its ProofNote says).
 */
export default function LabSteps({lab, from, to, anchorPrefix = ''}: Props): ReactNode {
  const steps = lab.steps ?? [];
  const numberOf = (step: LabStep) => steps.indexOf(step) + 1;
  return (
    <ol className={styles.steps}>
      {stepRange(steps, from, to).map((step) => (
        <li key={step.id} className={step.optional || lab.takeHome ? `${styles.step} ${styles.optionalStep}` : styles.step} value={numberOf(step)}>
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
          <Command step={step} />
          {step.linuxOtherUser && (
            <div className={styles.variant} role="note" aria-label="Linux, another user id">
              <p>
                <strong>On Linux</strong>, if <code>id -u</code> prints a number other than 1000 (the container user's id),
                use this instead, so that the container reads and writes your folder as you:
              </p>
              <CodeBlock language="bash">{step.linuxOtherUser}</CodeBlock>
            </div>
          )}
          <ProofNote step={step} />
          {step.expect && (
            <div className={styles.expect}>
              <span className={styles.expectLabel}>The output includes</span>
              <CodeBlock language="text">{step.expect}</CodeBlock>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
