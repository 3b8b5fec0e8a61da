import type {ReactNode} from 'react';
import CodeBlock from '@theme/CodeBlock';
import type {LabManifest, LabStep} from '@site/scripts/lab-checker/manifest';

interface Props {
  /** The lab's manifest, imported in the deck (`import lab03 from '@site/labs/03-model/lab'`). */
  readonly lab: LabManifest;
  /** The ids of the steps to show, in order; their commands run one after the other. */
  readonly steps: readonly string[];
}

function stepsOf(lab: LabManifest, ids: readonly string[]): LabStep[] {
  return ids.map((id) => {
    const step = lab.steps?.find((s) => s.id === id);
    if (!step) throw new Error(`LabCommands: lab ${lab.id} has no step "${id}"`);
    return step;
  });
}

/**
 * Lab steps' commands on a slide, from the lab's own step data, so the room types what the lab page
 * shows and the checker runs: the bash commands, the Windows PowerShell ones, and a step's Linux
 * variants (another user id, `xdg-open`) where it has them. No tabs: a projector shows every shell.
 */
export default function LabCommands({lab, steps}: Props): ReactNode {
  const shown = stepsOf(lab, steps);
  const linuxSteps = shown.filter((step) => step.linuxOtherUser ?? step.linux);
  return (
    <div className="deck-lab-commands">
      <p className="deck-shell">macOS / Linux</p>
      <CodeBlock language="bash">{shown.map((step) => step.command).join('\n')}</CodeBlock>
      <p className="deck-shell">Windows PowerShell</p>
      <CodeBlock language="powershell">{shown.map((step) => step.powershell ?? step.command).join('\n')}</CodeBlock>
      {linuxSteps.map((step) => (
        <div key={step.id}>
          <p className="deck-shell">
            {step.linuxOtherUser ? (
              <>
                Linux, if <code>id -u</code> does not print 1000
              </>
            ) : (
              'Linux'
            )}
          </p>
          <CodeBlock language="bash">{step.linuxOtherUser ?? step.linux}</CodeBlock>
        </div>
      ))}
    </div>
  );
}
