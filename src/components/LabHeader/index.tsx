import type {ReactNode} from 'react';
import Admonition from '@theme/Admonition';
import {formatClock, sectionOfLab, type LabId} from '@site/src/data/agenda';
import {labs} from '@site/src/data/labs';

/** The box at the top of a lab page: when it happens, how long it takes, what CI proves. */
export default function LabHeader({lab}: {lab: LabId}): ReactNode {
  const section = sectionOfLab(lab);
  const info = labs.find((l) => l.id === lab);
  if (!section || !info) throw new Error(`LabHeader: ${lab} is not in the agenda or the labs list`);
  return (
    <Admonition type="info" title={`${section.minutes} minutes · ${formatClock(section.startsAt)}–${formatClock(section.endsAt)} in the tutorial`}>
      <p>
        <strong>You will:</strong> {info.youWill}
      </p>
      <p>
        <strong>Proved by CI:</strong> {info.ciProves} Files: <code>labs/{lab}/</code>.
      </p>
    </Admonition>
  );
}
