/**
 * The course agenda: the single source of truth for sections, minutes and running clock.
 * The outline page, the deck index, deck title slides and lab pages all read it.
 */
import type {LabId} from '../../labs/registry';

export type SectionKind = 'lecture' | 'lab' | 'lecture/demo' | 'break';

/** Deck ids match the MDX file names in `slides/`. */
export type DeckId =
  | 'welcome'
  | 'reproducible-data-science'
  | 'intro-to-docker'
  | 'workflows'
  | 'project-pickle-rest'
  | 'rest-api-container'
  | 'docker-compose'
  | 'data-application'
  | 'summary';

/** A lab's id, from the lab registry (`labs/registry.ts`): its folder in `labs/`. */
export type {LabId};

export interface AgendaSection {
  /** Position in the agenda, 1-based. */
  readonly number: number;
  readonly title: string;
  /** Topics covered, shown under the title in the outline. */
  readonly topics?: readonly string[];
  readonly kind: SectionKind;
  readonly minutes: number;
  readonly deck?: DeckId;
  readonly lab?: LabId;
}

export const COURSE_MINUTES = 180;

export const agenda: readonly AgendaSection[] = [
  {number: 1, title: 'Course and instructor introduction', kind: 'lecture', minutes: 3, deck: 'welcome'},
  {number: 2, title: 'System requirements, course materials, pre-pulled images', kind: 'lecture', minutes: 2, deck: 'welcome'},
  {number: 3, title: 'Reproducible data science', kind: 'lecture', minutes: 5, deck: 'reproducible-data-science'},
  {
    number: 4,
    title: 'Introduction to Docker',
    topics: [
      'containers vs VMs',
      'architecture',
      'registries',
      'images and containers',
      '`docker commit` vs Dockerfile',
      'useful commands',
      'best practices',
    ],
    kind: 'lecture',
    minutes: 15,
    deck: 'intro-to-docker',
  },
  {number: 5, title: 'Introduction to Docker', kind: 'lab', minutes: 20, lab: '01-docker-basics'},
  {
    number: 6,
    title: 'Data science workflows with containers',
    topics: ['self-contained container', 'data science project', 'data-driven application', 'data science API'],
    kind: 'lecture/demo',
    minutes: 15,
    deck: 'workflows',
  },
  {number: 7, title: 'Data science workflows', kind: 'lab', minutes: 20, lab: '02-workflows'},
  {number: 8, title: 'Break', kind: 'break', minutes: 15},
  {
    number: 9,
    title: 'Project introduction',
    topics: ['the application', '`pickle` and serialization', 'REST APIs'],
    kind: 'lecture',
    minutes: 10,
    deck: 'project-pickle-rest',
  },
  {number: 10, title: 'Building and pickling the ML model (Jupyter)', kind: 'lab', minutes: 5, lab: '03-model'},
  {number: 11, title: 'Build the REST API container', kind: 'lecture/demo', minutes: 10, deck: 'rest-api-container'},
  {number: 12, title: 'Build the REST API container', kind: 'lab', minutes: 10, lab: '04-rest-api'},
  {
    number: 13,
    title: 'Docker Compose overview',
    topics: [
      'services, ports, volumes, networks, environment variables',
      'Docker vs Compose commands',
      'Compose file vs Dockerfile',
      'common issues',
    ],
    kind: 'lecture',
    minutes: 20,
    deck: 'docker-compose',
  },
  {number: 14, title: 'Build and launch the data application', kind: 'lecture/demo', minutes: 10, deck: 'data-application'},
  {
    number: 15,
    title: 'Hands-on project: plug your API into the app',
    topics: ['`docker compose up`', 'verify'],
    kind: 'lab',
    minutes: 15,
    lab: '05-data-app',
  },
  {number: 16, title: 'Summary and next steps', kind: 'lecture', minutes: 5, deck: 'summary'},
];

export interface TimedSection extends AgendaSection {
  /** Minutes from the start of the course when the section begins. */
  readonly startsAt: number;
  /** Minutes from the start of the course when the section ends. */
  readonly endsAt: number;
}

/** Adds the running clock to each section. */
export function withClock(sections: readonly AgendaSection[] = agenda): TimedSection[] {
  let clock = 0;
  return sections.map((section) => {
    const startsAt = clock;
    clock += section.minutes;
    return {...section, startsAt, endsAt: clock};
  });
}

/** Formats minutes from the start as `h:mm`, the way the agenda prints times (e.g. 105 → "1:45"). */
export function formatClock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h}:${String(m).padStart(2, '0')}`;
}

export function totalMinutes(sections: readonly AgendaSection[] = agenda): number {
  return sections.reduce((sum, s) => sum + s.minutes, 0);
}

/** The sections a deck covers, in agenda order. */
export function sectionsOfDeck(deck: DeckId): TimedSection[] {
  return withClock().filter((s) => s.deck === deck);
}

/** The agenda section in which a lab is done. */
export function sectionOfLab(lab: LabId): TimedSection | undefined {
  return withClock().find((s) => s.lab === lab);
}

const KINDS: readonly SectionKind[] = ['lecture', 'lab', 'lecture/demo', 'break'];

/**
 * Lists what is wrong with an agenda: minutes that do not add up to the course's length,
 * sections without a known kind, numbering gaps, or lectures and labs with nothing to present.
 * An empty list means the agenda is sound.
 */
export function agendaProblems(sections: readonly AgendaSection[], courseMinutes = COURSE_MINUTES): string[] {
  const problems: string[] = [];
  const total = totalMinutes(sections);
  if (total !== courseMinutes) problems.push(`the minutes add up to ${total}, not ${courseMinutes}`);
  sections.forEach((s, i) => {
    const where = `section ${i + 1} ("${s.title}")`;
    if (!KINDS.includes(s.kind)) problems.push(`${where} has no known kind (got ${JSON.stringify(s.kind)})`);
    if (s.number !== i + 1) problems.push(`${where} is numbered ${s.number}`);
    if (!Number.isInteger(s.minutes) || s.minutes <= 0) problems.push(`${where} lasts ${s.minutes} minutes`);
    if (s.kind === 'lab' && !s.lab) problems.push(`${where} is a lab but names no lab`);
    if ((s.kind === 'lecture' || s.kind === 'lecture/demo') && !s.deck) problems.push(`${where} is a lecture but names no deck`);
  });
  return problems;
}

/** Human label of a kind, for tables and badges. */
export const kindLabel: Record<SectionKind, string> = {
  lecture: 'Lecture',
  lab: 'Hands-on lab',
  'lecture/demo': 'Lecture & demo',
  break: 'Break',
};
