import type {ReactNode} from 'react';
import CodeBlock from '@theme/CodeBlock';
import type {ManifestId} from '@site/labs/registry';
import {stepSources} from '@site/src/data/lab-steps';
import {CAPTURED} from '@site/src/components/LabSteps/captured';

interface Props {
  /** The lab manifest, as the instructor notes name it: `04-rest-api`. */
  readonly lab: ManifestId;
  /** The step whose output to show. */
  readonly step: string;
}

/**
 * What a lab step printed, on a slide: the box the lab page shows under the step, captured from the
 * lab checker's run (`npm run labs:capture`), so a slide cannot show an output the course no longer
 * prints. A step without a captured box fails the build.
 */
export default function LabOutput({lab, step}: Props): ReactNode {
  const box = CAPTURED[lab]?.[step];
  if (!box)
    throw new Error(`<LabOutput>: ${stepSources[lab].label} has no captured box for step "${step}" (npm run labs:capture -- ${lab})`);
  return <CodeBlock language="text">{box}</CodeBlock>;
}
