/**
 * The five labs: what students do and what CI proves. Shown on the labs overview, the home page
 * and (later) each lab page's header; the agenda says when each lab happens.
 */
import type {LabId} from './agenda';

export interface LabInfo {
  readonly id: LabId;
  readonly title: string;
  /** What students do, one sentence. */
  readonly youWill: string;
  /** What the course's CI proves on the solution, one sentence. */
  readonly ciProves: string;
  /** The lab's instructions page, once written. */
  readonly page?: string;
}

export const labs: readonly LabInfo[] = [
  {
    id: '01-docker-basics',
    title: 'Docker basics',
    youWill:
      'Pull a small image; run, list, stop, shell into, kill and remove a container; write a Hello World Dockerfile from scratch, then build, run and remove its image.',
    ciProves: 'The image builds, and its container prints the expected greeting and exits with status 0.',
    page: '/docs/labs/01-docker-basics',
  },
  {
    id: '02-workflows',
    title: 'Data science workflows',
    youWill:
      'Containerise four workflows, two of them in the lab: a self-contained Jupyter image, a project folder mounted into an environment image, a report app with Postgres under Compose, and lab 04\'s model served over HTTP.',
    ciProves:
      'Every image builds; Jupyter answers with its token, refuses without it and runs its notebook headless; the mounted project writes its outputs into the host folder, owned by the host user, as uid 1000 and as another uid; the report shows the rows psql counts; the API answers a prediction.',
    page: '/docs/labs/02-workflows',
  },
  {
    id: '03-model',
    title: 'Train and pickle the model',
    youWill:
      'Open a Jupyter notebook with a tuned classifier, then fill the exercise cells: save the model to disk, load it back and predict on given inputs.',
    ciProves: 'The solution notebook runs top to bottom inside the lab image and writes the model file.',
    page: '/docs/labs/03-model',
  },
  {
    id: '04-rest-api',
    title: 'The REST API container',
    youWill:
      'Move the model code from the notebook into a Flask-RESTful template, fill in the Dockerfile, build and run it, and call it with requests.',
    ciProves:
      'The image builds; the health and predict endpoints answer correctly; bad input gets a 4xx JSON error, never a 500.',
    page: '/docs/labs/04-rest-api',
  },
  {
    id: '05-data-app',
    title: 'The data application with Compose',
    youWill:
      'Plug your API container into a Compose app (nginx, a CSV-upload front end, Postgres), start it with docker compose up and check that it works.',
    ciProves:
      'The stack comes up healthy; a CSV uploaded in a real browser through nginx yields predictions stored in Postgres; a corpus of broken files is refused with a message and writes nothing; the API or the database going down gives a clear error; data survives down and up.',
    page: '/docs/labs/05-data-app',
  },
];
