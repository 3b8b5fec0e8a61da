/**
 * `npm run labs:check-boxes`: after `npm run labs:check`, every lab page's captured "you should see"
 * box must still be what that run printed. Reads the run's report and each lab's committed
 * `captured.json`; fails naming each step whose box drifted, and the command that refreshes it.
 */
import {defaultLabsDir, reportPath} from '../paths';
import {readReport} from '../report';
import {boxDrift} from '../../../lib/labs/boxes';
import {readCaptured, runBoxes} from './store';

const report = readReport(process.argv[2] ?? reportPath);
const drifts = report.labs.flatMap((lab) => {
  const boxes = runBoxes(lab);
  return boxes ? boxDrift(lab.id, readCaptured(defaultLabsDir, lab.id), boxes) : [];
});
const compared = report.labs.filter((lab) => runBoxes(lab)).map((lab) => lab.id);
if (drifts.length > 0) {
  console.error(
    `${drifts.length} box(es) no longer show what the lab checker's run printed:\n\n${drifts.map((drift) => drift.message).join('\n\n')}`,
  );
  process.exit(1);
}
console.log(`The captured boxes of ${compared.length} lab(s) match this run (${compared.join(', ') || 'none ran'}).`);
