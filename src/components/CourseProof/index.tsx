import type {ReactNode} from 'react';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import proof from '@generated/course-proof/proof.json';
import type {ProvenPart, ProvenStep} from '@site/lib/labs/proof';
import {REFRESH_COMMAND} from '@site/lib/labs/boxes';
import {inlineMarkdown} from '@site/src/components/InlineMarkdown';

function How({step}: {step: ProvenStep}): ReactNode {
  const {proof} = step;
  const main =
    proof.how === 'as written' ? (
      'Run as written'
    ) : proof.how === 'equivalent' ? (
      <>
        Through <code>{proof.command}</code>, because {proof.why}
      </>
    ) : (
      <>Not run: {inlineMarkdown(proof.why)}</>
    );
  return (
    <>
      {main}
      {step.offline && (
        <>
          ; where the registry is out of reach, <code>{step.offline}</code> instead
        </>
      )}
      {step.otherUid && <>; its Linux variant also runs, as a student whose uid is not 1000</>}
    </>
  );
}

/** What the lab page's "you should see" box under the step holds. */
function Box({step}: {step: ProvenStep}): ReactNode {
  const {box} = step;
  if (box.kind === 'captured') return 'What the run printed';
  if (box.kind === 'none') return 'No box';
  return (
    <>
      Written: <code>{box.text}</code> ({box.why})
    </>
  );
}

/** One lab, or one part of lab 02 (`titled`: it gets a heading of its own). */
function Part({part, labPage, titled}: {part: ProvenPart; labPage: string; titled: boolean}): ReactNode {
  const asWritten = part.steps.filter((step) => step.proof.how === 'as written').length;
  const captured = part.steps.filter((step) => step.box.kind === 'captured').length;
  const written = part.steps.filter((step) => step.box.kind === 'written').length;
  return (
    <>
      {titled && (
        <Heading as="h4" id={`proof-${part.id.replace('/', '-')}`}>
          {part.title}
          {part.takeHome && ' (for after the tutorial)'}
        </Heading>
      )}
      <p>
        <strong>Built and run:</strong> the solution's {part.images.length === 1 ? 'image' : 'images'}{' '}
        {part.images.map((name) => `"${name}"`).join(', ')}, and the starter as its claims say. {asWritten} of {part.steps.length}{' '}
        <Link to={labPage}>steps</Link> run exactly as the page shows them. {captured} of the page's boxes under a command show what the
        checker's run printed (refreshed by <code>{REFRESH_COMMAND}</code>, and compared with each run of <code>npm test</code>); {written}{' '}
        {written === 1 ? 'is' : 'are'} written by hand, where the command shown is not the one that ran.
      </p>
      <table>
        <thead>
          <tr>
            <th>step</th>
            <th>how it is proven</th>
            <th>the box under it</th>
          </tr>
        </thead>
        <tbody>
          {part.steps.map((step) => (
            <tr key={step.id}>
              <td>{step.title}</td>
              <td>
                <How step={step} />
              </td>
              <td>
                <Box step={step} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <thead>
          <tr>
            <th>check</th>
            <th>kind</th>
            <th>bad inputs it must refuse</th>
          </tr>
        </thead>
        <tbody>
          {part.checks.map((check) => (
            <tr key={check.name}>
              <td>
                {check.name}
                {check.offlineSkip && <> (skipped where the registry is out of reach: {check.offlineSkip})</>}
              </td>
              <td>{check.kind}</td>
              <td>{check.badInputs || ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {part.lintExemptions.length > 0 && (
        <p>
          <strong>Exempt from the lint:</strong>{' '}
          {part.lintExemptions.map((exemption, index) => (
            <span key={exemption.file}>
              {index > 0 && '; '}
              <code>{exemption.file}</code> from {exemption.rules.map((rule) => `"${rule}"`).join(', ')}, because {exemption.reason}
            </span>
          ))}
          .
        </p>
      )}
      <details>
        <summary>
          {part.mutants.length} {part.mutants.length === 1 ? 'mutant' : 'mutants'}, each of which must be killed
        </summary>
        <ul>
          {part.mutants.map((mutant) => (
            <li key={mutant.id}>
              <code>{mutant.id}</code>: {mutant.breaks}
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}

/** Per lab: what is built and run, how each step is proven, the bad inputs, the mutants. */
export function LabProofs(): ReactNode {
  return (
    <>
      {proof.labs.map((lab) => {
        const page = `/docs/labs/${lab.id}`;
        const several = lab.parts.length > 1;
        return (
          <section key={lab.id}>
            <Heading as="h3" id={`proof-${lab.id}`}>
              Lab {lab.id.slice(0, 2)}
              {several ? '' : `: ${lab.parts[0]?.title ?? ''}`}
            </Heading>
            {lab.parts.map((part) => (
              <Part key={part.id} part={part} labPage={page} titled={several} />
            ))}
          </section>
        );
      })}
    </>
  );
}

/** The stand-in base images the checker builds where no registry can be reached. */
export function StandIns(): ReactNode {
  return (
    <table>
      <thead>
        <tr>
          <th>official image</th>
          <th>stand-in built from</th>
        </tr>
      </thead>
      <tbody>
        {proof.standIns.map((standIn) => (
          <tr key={standIn.image}>
            <td>
              <code>{standIn.image}</code>
            </td>
            <td>{standIn.builtFrom}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
