/**
 * The course's Python environments: one lock per image, made from a short list of the packages the
 * image's code imports (`labs/requirements/<name>.in`) and copied into every lab folder that builds
 * that image, so each folder works on its own.
 */

/** The Python of every lab image (`FROM python:3.13-slim-trixie`). */
export const PYTHON_VERSION = '3.13';

/** The platforms a student's Docker builds for: Intel/AMD and ARM (Apple silicon) Linux. */
export const PLATFORMS = ['x86_64-manylinux_2_28', 'aarch64-manylinux_2_28'] as const;

/** The packages a pickled model depends on: one version across every image that has them. */
export const MODEL_PACKAGES = ['scikit-learn', 'numpy', 'scipy', 'joblib', 'threadpoolctl'] as const;

export interface LockImage {
  readonly name: 'notebook' | 'api' | 'web' | 'project';
  /** Who reads the lock: the first line of its header. */
  readonly title: string;
  readonly input: string;
  readonly lock: string;
  readonly copies: readonly string[];
}

/**
 * Locked in this order: the notebook first, and every later lock is held to the versions of the
 * locks before it, so a package two images share (the model's above all) has one version.
 */
export const LOCK_IMAGES: readonly LockImage[] = [
  {
    name: 'notebook',
    title: "the Jupyter images: lab 03 (train and pickle the model) and lab 02's workflow 1",
    input: 'labs/requirements/notebook.in',
    lock: 'labs/requirements/requirements-notebook.txt',
    copies: [
      'labs/03-model/starter/requirements.txt',
      'labs/03-model/solution/requirements.txt',
      'labs/02-workflows/w1-jupyter/starter/requirements.txt',
      'labs/02-workflows/w1-jupyter/solution/requirements.txt',
    ],
  },
  {
    name: 'api',
    title: 'the REST API image of lab 04, which loads the model lab 03 pickled',
    input: 'labs/requirements/api.in',
    lock: 'labs/requirements/requirements-api.txt',
    copies: ['labs/04-rest-api/starter/requirements.txt', 'labs/04-rest-api/solution/requirements.txt'],
  },
  {
    name: 'web',
    title: "the web front ends: lab 05's data application and lab 02's workflow 3",
    input: 'labs/requirements/web.in',
    lock: 'labs/requirements/requirements-web.txt',
    copies: [
      'labs/05-data-app/starter/web/requirements.txt',
      'labs/05-data-app/solution/web/requirements.txt',
      'labs/02-workflows/w3-data-app/starter/app/requirements.txt',
      'labs/02-workflows/w3-data-app/solution/app/requirements.txt',
      'labs/corporate-network/requirements.txt',
    ],
  },
  {
    name: 'project',
    title: "the project image of lab 02's workflow 2 (train.py)",
    input: 'labs/requirements/project.in',
    lock: 'labs/requirements/requirements-project.txt',
    copies: ['labs/02-workflows/w2-project/starter/requirements.txt', 'labs/02-workflows/w2-project/solution/requirements.txt'],
  },
];

/** The comment a lock starts with: what a pin is, and why these versions, for a student. */
export function lockHeader(image: LockImage, date: string): string {
  const model =
    image.name === 'web'
      ? []
      : [
          '#',
          `# ${MODEL_PACKAGES.join(', ').replace(/, (?=[^,]*$)/, ' and ')} have the same versions in`,
          '# every lab: a model pickled with one scikit-learn must be loaded with that same scikit-learn.',
        ];
  return [
    `# The Python packages of ${image.title}.`,
    '#',
    '# Each line pins one package to one exact release (name==version): pip installs that release and',
    '# no other, today or next year, or stops with an error. The file pins every package the image',
    '# needs, including the packages those packages need, so pip has nothing left to choose. A list',
    '# that complete is called a lock file.',
    '#',
    `# These were the newest releases on ${date} that work together on Python ${PYTHON_VERSION}, with`,
    '# ready-made wheels for Intel/AMD and ARM (Apple silicon) machines.',
    ...model,
    '',
  ].join('\n');
}

/** The date a lock records in its header. */
export function lockDate(text: string): string | undefined {
  return /newest releases on (\d{4}-\d{2}-\d{2})/.exec(text)?.[1];
}

/** Where the lock script writes every lock's pins as data, for pages and lab steps to quote. */
export const PINS_MODULE = 'labs/requirements/pins.ts';

/** `name==version` lines of a lock, by package name as the lock spells it. */
export function parseLock(text: string): Record<string, string> {
  const pins: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)/.exec(line.trim());
    if (match?.[1] && match[2]) pins[match[1].toLowerCase()] = match[2];
  }
  return pins;
}

/** The source of PINS_MODULE for the given locks' texts. */
export function pinsModule(date: string, locks: Readonly<Record<LockImage['name'], string>>): string {
  const body = LOCK_IMAGES.map(
    (image) => `  ${image.name}: ${JSON.stringify(parseLock(locks[image.name]), null, 2).replace(/\n/g, '\n  ')},`,
  ).join('\n');
  return [
    '// Made by `npm run labs:lock` from the requirements files beside it: edit those by re-locking, not this.',
    `export const LOCK_DATE = '${date}';`,
    '',
    'export const PINS = {',
    body,
    '} as const;',
    '',
  ].join('\n');
}
