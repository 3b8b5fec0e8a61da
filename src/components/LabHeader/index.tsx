import type {ReactNode} from 'react';
import Admonition from '@theme/Admonition';
import Link from '@docusaurus/Link';
import {formatClock, sectionOfLab, type LabId} from '@site/src/data/agenda';
import {labs} from '@site/labs/registry';
import {usePluginData} from '@docusaurus/useGlobalData';
import type {LabManifest} from '@site/lib/labs/manifest';
import type {LabTime, LabTimes} from '@site/src/plugins/lab-time/types';
import {formatMinutes} from '@site/src/components/LabSteps/formatMinutes';

/** How long the lab's core path is: the time model's estimate, beside the lab's minutes. */
function CorePath({manifests, minutes, time}: {manifests: readonly LabManifest[]; minutes: number; time: LabTime}): ReactNode {
  const optional = manifests.flatMap((m) => m.steps ?? []).filter((step) => step.optional).length;
  const takeHome = manifests.filter((m) => m.takeHome).length;
  const parts = [
    `${time.steps} steps`,
    time.todoLines > 0 && `${time.todoLines} ${time.todoLines === 1 ? 'line' : 'lines'} of code to write`,
    `${formatMinutes(time.readingMinutes)} of reading`,
    time.waitMinutes > 0 && `${formatMinutes(time.waitMinutes)} of waiting for Docker`,
  ].filter(Boolean);
  return (
    <p>
      <strong>Core path:</strong> about {Math.ceil(time.minutes)} of the {minutes} minutes ({parts.join(', ')}).
      {time.inLecture > 0 && (
        <>
          {' '}
          The whole room does the {time.inLecture === 1 ? 'step' : `${time.inLecture} steps`} marked <em>Done in the lecture</em> at the end
          of the lecture before the lab.
        </>
      )}
      {optional > 0 && (
        <>
          {' '}
          The {optional} steps marked <em>Optional</em> can wait for a quiet moment or for after the tutorial.
        </>
      )}
      {takeHome > 0 && (
        <>
          {' '}
          The {takeHome === 1 ? 'part' : `${takeHome} parts`} marked <em>For after the tutorial</em> are not on it.
        </>
      )}
    </p>
  );
}

/** The box at the top of a lab page: when it happens, how long it takes, where its files are. */
interface Props {
  readonly lab: LabId;
  /** The lab's manifests (one, or one per part), whose steps the page shows. */
  readonly manifests: readonly LabManifest[];
}

export default function LabHeader({lab, manifests}: Props): ReactNode {
  const section = sectionOfLab(lab);
  const info = labs.find((l) => l.id === lab);
  const time = (usePluginData('lab-time') as LabTimes)[lab];
  if (!section || !info || !time) throw new Error(`LabHeader: ${lab} is not in the agenda, the labs list or the lab times`);
  return (
    <Admonition
      type="info"
      title={`${section.minutes} minutes · ${formatClock(section.startsAt)}–${formatClock(section.endsAt)} in the tutorial`}
    >
      <p>
        <strong>You will:</strong> {info.youWill}
      </p>
      <CorePath manifests={manifests} minutes={section.minutes} time={time} />
      <p>
        Files: <code>labs/{lab}/</code>.{' '}
        <small>
          For instructors: <Link to={`/docs/course/how-this-course-is-proven#proof-${lab}`}>how this lab is proven</Link>.
        </small>
      </p>
    </Admonition>
  );
}
