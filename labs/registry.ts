/**
 * The labs of the course: the one place that names each lab, its title and what students do in it.
 * The agenda, the sidebar, the labs overview, the lab headers, the instructor notes and the slides
 * read it; each single-part `lab.ts` takes its id and title from here (`registeredLab`), and a unit
 * test holds this list to the lab folders, so the checker, the downloads and the setup kit (which
 * find the labs by their folders) see the same labs. Light on purpose: it imports no manifest, so
 * a page that lists the labs ships none.
 */

/** One part of a lab made of parts that each stand alone (lab 02's workflows). */
export interface LabPartEntry {
  /** The part's folder: `w1-jupyter` for `labs/02-workflows/w1-jupyter/`. */
  readonly folder: string;
  /** How the notes and slides name it after the lab's number: "workflow 1". */
  readonly label: string;
}

export interface LabEntry {
  /** The lab's folder in `labs/`, and its page's name in `docs/labs/`. */
  readonly id: string;
  readonly title: string;
  /** What students do, one sentence. */
  readonly youWill: string;
  /** The parts, each with its own `lab.ts`; a lab without parts has one `lab.ts` in its folder. */
  readonly parts?: readonly LabPartEntry[];
}

export const labs = [
  {
    id: '01-docker-basics',
    title: 'Docker basics',
    youWill:
      'Pull a small image; run, list, stop, shell into, kill and remove a container; write a Hello World Dockerfile from scratch, then build, run and remove its image.',
  },
  {
    id: '02-workflows',
    title: 'Data science workflows',
    youWill:
      "Containerise four workflows, two of them in the lab: a self-contained Jupyter image, a project folder mounted into an environment image, a report app with Postgres under Compose, and lab 04's model served over HTTP.",
    parts: [
      {folder: 'w1-jupyter', label: 'workflow 1'},
      {folder: 'w2-project', label: 'workflow 2'},
      {folder: 'w3-data-app', label: 'workflow 3'},
      {folder: 'w4-api', label: 'workflow 4'},
    ],
  },
  {
    id: '03-model',
    title: 'Train and pickle the model',
    youWill:
      'Open a Jupyter notebook with a tuned classifier, then fill the exercise cells: save the model to disk, load it back and predict on given inputs.',
  },
  {
    id: '04-rest-api',
    title: 'The REST API container',
    youWill:
      'Move the model code from the notebook into a Flask-RESTful template, fill in the Dockerfile, build and run it, and call it with requests.',
  },
  {
    id: '05-data-app',
    title: 'The data application with Compose',
    youWill:
      'Plug your API container into a Compose app (nginx, a CSV-upload front end, Postgres), start it with docker compose up and check that it works.',
  },
] as const satisfies readonly LabEntry[];

type Lab = (typeof labs)[number];

/** A lab's id: its folder in `labs/`. */
export type LabId = Lab['id'];

type PartIds<L> = L extends {readonly id: infer Id extends string; readonly parts: readonly (infer P)[]}
  ? P extends {readonly folder: infer F extends string}
    ? `${Id}/${F}`
    : never
  : L extends {readonly id: infer Id extends string}
    ? Id
    : never;

/** A lab manifest's id (one per `lab.ts`): the lab's id, or `<lab>/<part>` for a part. */
export type ManifestId = PartIds<Lab>;

/** The lab's instructions page. */
export function labPage(id: LabId): string {
  return `/docs/labs/${id}`;
}

/** The entry of a lab without parts, for its `lab.ts`: `defineLab({...registeredLab('03-model'), …})`. */
export function registeredLab(id: Exclude<LabId, Extract<Lab, {parts: unknown}>['id']>): {readonly id: string; readonly title: string} {
  const lab = labs.find((entry) => entry.id === id);
  if (!lab) throw new Error(`labs/registry.ts names no lab ${id}`);
  return {id: lab.id, title: lab.title};
}
