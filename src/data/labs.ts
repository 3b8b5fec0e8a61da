/**
 * The five labs: what students do. Shown on the labs overview, the home page
 * and (later) each lab page's header; the agenda says when each lab happens.
 */
import type {LabId} from './agenda';

export interface LabInfo {
  readonly id: LabId;
  readonly title: string;
  /** What students do, one sentence. */
  readonly youWill: string;
  /** The lab's instructions page, once written. */
  readonly page?: string;
}

export const labs: readonly LabInfo[] = [
  {
    id: '01-docker-basics',
    title: 'Docker basics',
    youWill:
      'Pull a small image; run, list, stop, shell into, kill and remove a container; write a Hello World Dockerfile from scratch, then build, run and remove its image.',
    page: '/docs/labs/01-docker-basics',
  },
  {
    id: '02-workflows',
    title: 'Data science workflows',
    youWill:
      'Containerise four workflows, two of them in the lab: a self-contained Jupyter image, a project folder mounted into an environment image, a report app with Postgres under Compose, and lab 04\'s model served over HTTP.',
    page: '/docs/labs/02-workflows',
  },
  {
    id: '03-model',
    title: 'Train and pickle the model',
    youWill:
      'Open a Jupyter notebook with a tuned classifier, then fill the exercise cells: save the model to disk, load it back and predict on given inputs.',
    page: '/docs/labs/03-model',
  },
  {
    id: '04-rest-api',
    title: 'The REST API container',
    youWill:
      'Move the model code from the notebook into a Flask-RESTful template, fill in the Dockerfile, build and run it, and call it with requests.',
    page: '/docs/labs/04-rest-api',
  },
  {
    id: '05-data-app',
    title: 'The data application with Compose',
    youWill:
      'Plug your API container into a Compose app (nginx, a CSV-upload front end, Postgres), start it with docker compose up and check that it works.',
    page: '/docs/labs/05-data-app',
  },
];
