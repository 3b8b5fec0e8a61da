import type {ReactNode} from 'react';
import CodeBlock from '@theme/CodeBlock';
import type {ManifestId} from '@site/labs/registry';
import {resolveStep, stepSources} from '@site/src/data/lab-steps';

interface Props {
  /** The lab manifest, as the instructor notes name it: `01-docker-basics`, `02-workflows/w1-jupyter`. */
  readonly lab: ManifestId;
  /** The step ids whose commands to show, in order, separated by spaces: `"build run-image"`. */
  readonly steps: string;
  /** Shows the steps' Windows PowerShell variants too, where they have one. */
  readonly powershell?: boolean;
  /** Shows the steps' Linux variants too (`xdg-open`, another user id), for a command the room runs. */
  readonly linux?: boolean;
}

/**
 * A lab's commands on a slide, read from the lab's manifest: the very commands the lab page shows
 * and the lab checker runs, so a slide cannot drift from the lab. An unknown step fails the build.
 */
export default function LabCommand({lab, steps, powershell = false, linux = false}: Props): ReactNode {
  const resolved = steps
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => {
      const found = resolveStep({manifest: lab, step: id});
      if (!found) throw new Error(`<LabCommand>: ${stepSources[lab].label} has no step "${id}"`);
      return found;
    });
  const numbers = resolved.map((r) => r.number).join(', ');
  const title = `${stepSources[lab].label}, step${resolved.length > 1 ? 's' : ''} ${numbers}`;
  const variants = powershell ? resolved.filter((r) => r.step.powershell) : [];
  const linuxSteps = linux ? resolved.filter((r) => r.step.linuxOtherUser ?? r.step.linux) : [];
  return (
    <>
      <CodeBlock language="bash" title={title}>
        {resolved.map((r) => r.step.command).join('\n')}
      </CodeBlock>
      {variants.length > 0 && (
        <CodeBlock language="powershell" title={`${title} (Windows PowerShell)`}>
          {resolved.map((r) => r.step.powershell ?? r.step.command).join('\n')}
        </CodeBlock>
      )}
      {linuxSteps.map(({step}) => (
        <CodeBlock key={step.id} language="bash" title={step.linuxOtherUser ? 'On Linux, if id -u does not print 1000' : 'On Linux'}>
          {step.linuxOtherUser ?? step.linux}
        </CodeBlock>
      ))}
    </>
  );
}
