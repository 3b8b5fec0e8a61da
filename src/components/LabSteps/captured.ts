/**
 * Every lab's captured "you should see" boxes (`captured.json` beside each `lab.ts`, written by
 * `npm run labs:capture`), by the lab id each file names. A unit test
 * (tests/lab-checker/captured-boxes.test.ts) fails when a lab with captured steps is missing here.
 */
import type {CapturedBoxes, CapturedFile} from '../../../lib/labs/boxes';
import lab01 from '../../../labs/01-docker-basics/captured.json';
import w1 from '../../../labs/02-workflows/w1-jupyter/captured.json';
import w2 from '../../../labs/02-workflows/w2-project/captured.json';
import w3 from '../../../labs/02-workflows/w3-data-app/captured.json';
import w4 from '../../../labs/02-workflows/w4-api/captured.json';
import lab03 from '../../../labs/03-model/captured.json';
import lab04 from '../../../labs/04-rest-api/captured.json';
import lab05 from '../../../labs/05-data-app/captured.json';

const files: readonly CapturedFile[] = [lab01, w1, w2, w3, w4, lab03, lab04, lab05];

export const CAPTURED: Readonly<Record<string, CapturedBoxes>> = Object.fromEntries(files.map((file) => [file.lab, file.boxes]));
