import type {ReactNode} from 'react';
import Admonition from '@theme/Admonition';
import {formatClock, sectionOfLab, type LabId} from '@site/src/data/agenda';
import {labs} from '@site/src/data/labs';
import type {LabManifest} from '@site/scripts/lab-checker/manifest';

/** How long the lab's core path is, counted from the step data the page renders. */
function CorePath({manifests, minutes}: {manifests: readonly LabManifest[]; minutes: number}): ReactNode {
  const steps = manifests.flatMap((m) => m.steps ?? []);
  const optional = steps.filter((step) => step.optional).length;
  const core = steps.length - optional;
  return (
    <p>
      <strong>Core path:</strong> {core} steps, for the {minutes} minutes of the tutorial.
      {optional > 0 && (
        <>
          {' '}
          The {optional} steps marked <em>Optional</em> can wait for a quiet moment or for after the tutorial.
        </>
      )}
    </p>
  );
}

/** The box at the top of a lab page: when it happens, how long it takes, what CI proves. */
interface Props {
  readonly lab: LabId;
  /** The lab's manifests (one, or one per part), whose steps the page shows. */
  readonly manifests: readonly LabManifest[];
}

export default function LabHeader({lab, manifests}: Props): ReactNode {
  const section = sectionOfLab(lab);
  const info = labs.find((l) => l.id === lab);
  if (!section || !info) throw new Error(`LabHeader: ${lab} is not in the agenda or the labs list`);
  return (
    <Admonition type="info" title={`${section.minutes} minutes · ${formatClock(section.startsAt)}–${formatClock(section.endsAt)} in the tutorial`}>
      <p>
        <strong>You will:</strong> {info.youWill}
      </p>
      <CorePath manifests={manifests} minutes={section.minutes} />
      <p>
        <strong>Proved by CI:</strong> {info.ciProves} Files: <code>labs/{lab}/</code>.
      </p>
    </Admonition>
  );
}
