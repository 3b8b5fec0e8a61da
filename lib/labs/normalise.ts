/**
 * Turns what a command printed into what a page's "you should see" box can show: the parts that
 * differ from run to run and machine to machine (container and image ids, digests, hashes, dates,
 * times, durations, sizes, ports the engine picked, temporary folders) become readable placeholders
 * such as `<container id>` and `<size>`, so a box matches every run and never shows a value only
 * this machine printed. Browser-safe: the lab pages' types import this folder.
 */

/** The placeholders, one place for their wording. */
export const PLACEHOLDER = {
  containerId: '<container id>',
  imageId: '<image id>',
  digest: '<digest>',
  hash: '<hash>',
  id: '<id>',
  dateTime: '<date time>',
  date: '<date>',
  time: '<time>',
  ago: '<time> ago',
  duration: '<duration>',
  size: '<size>',
  port: '<port>',
  tempPath: '<temp folder>',
  pid: '<pid>',
  you: '<you>',
  user: '<user>',
} as const;

/**
 * Lines that are not the command's output as a student sees it: curl's progress meter (curl draws
 * it only when its output goes to a pipe, as in the checker's runs, not to a terminal), and the
 * docker CLI's warning that it may not read the checker's own config folder when it plays a student.
 */
const NOT_SHOWN: readonly RegExp[] = [
  /^\s*% Total\s+% Received % Xferd/,
  /^\s+Dload\s+Upload\s+Total/,
  /^\s*\d+\s+\d+[kMG]?\s+\d+\s+\d+[kMG]?\s+\d+\s+\d+[kMG]?\s+\d+[kMG]?\s+\d+[kMG]?\s+(?:--:--:--|\d+:\d+:\d+)/,
  /^WARNING: Error loading config file: .*docker-config.*permission denied$/,
];

/** The output without the lines a student does not see (NOT_SHOWN). */
export function dropNotShown(output: string): string {
  return output
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((line) => !NOT_SHOWN.some((pattern) => pattern.test(line)))
    .join('\n');
}

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, 'g');

/** What a column of a Docker table holds, by its heading; columns not named here are kept. */
const COLUMN_VALUES: Readonly<Record<string, (value: string) => string>> = {
  'CONTAINER ID': () => PLACEHOLDER.containerId,
  'IMAGE ID': () => PLACEHOLDER.imageId,
  CREATED: (value) => (value === 'N/A' ? value : PLACEHOLDER.ago),
  'CREATED AT': () => PLACEHOLDER.dateTime,
  SIZE: () => PLACEHOLDER.size,
  'DISK USAGE': () => PLACEHOLDER.size,
  'CONTENT SIZE': () => PLACEHOLDER.size,
  // `docker top`'s user: the host's name for the container process's uid, which is the machine's own.
  UID: () => PLACEHOLDER.user,
  STATUS: (value) =>
    value
      .replace(/^(Up) (?:About )?(?:an? |\d+ |Less than a )\w+/, `$1 ${PLACEHOLDER.duration}`)
      .replace(/\) (?:About )?(?:an? |\d+ |Less than a )\w+ ago$/, `) ${PLACEHOLDER.ago}`),
  PID: () => PLACEHOLDER.pid,
  PPID: () => PLACEHOLDER.pid,
  STIME: () => PLACEHOLDER.time,
  TIME: () => PLACEHOLDER.time,
  C: () => '0',
  DIGEST: () => PLACEHOLDER.digest,
};

/** A Docker table heading: capitals, columns two or more spaces apart (`docker ps`, `docker image ls`, `docker top`). */
const TABLE_HEADING = /^[A-Z][A-Z]*(?: [A-Z]+)*(?: {2,}[A-Z][A-Z]*(?: [A-Z]+)*)+ *$/;

interface Column {
  readonly name: string;
  readonly start: number;
}

function columnsOf(heading: string): Column[] {
  return [...heading.matchAll(/[A-Z]+(?: [A-Z]+)*/g)].map((match) => ({name: match[0], start: match.index}));
}

/** Splits a row at its heading's column starts; the last column takes the rest of the line. */
function cellsOf(row: string, columns: readonly Column[]): string[] {
  return columns.map((column, index) => {
    const end = columns[index + 1]?.start ?? row.length;
    return row.slice(column.start, end).trim();
  });
}

/** Puts placeholders into the columns that vary and lines the table up again, as Docker does. */
function normaliseTable(lines: readonly string[]): string[] {
  const [heading = '', ...rows] = lines;
  const columns = columnsOf(heading);
  const table = [
    columns.map((column) => column.name),
    ...rows.map((row) =>
      cellsOf(row, columns).map((cell, index) => {
        const rule = COLUMN_VALUES[columns[index]?.name ?? ''];
        if (cell === '') return cell;
        return rule ? rule(cell) : normaliseText(cell);
      }),
    ),
  ];
  const widths = columns.map((_, index) => Math.max(...table.map((cells) => (cells[index] ?? '').length)));
  // Docker's tables leave three spaces between columns (`docker top`'s fewer; one rule reads better).
  return table.map((cells) =>
    cells
      .map((cell, index) => (index === cells.length - 1 ? cell : cell.padEnd((widths[index] ?? 0) + 3)))
      .join('')
      .trimEnd(),
  );
}

/** `ls -l` lines: the size, the date and the owner are the student's own. */
const LS_LONG =
  /^([-dlcbps][-rwxsStT]{9}[.@+]?)\s+(\d+)\s+(\S+)\s+(\S+)\s+(\d+(?:[.,]\d+)?[KMGT]?)\s+(\w{3}\s+\d{1,2}\s+(?:\d{1,2}:\d{2}|\d{4}))\s(.*)$/;

/** Rules for free text, applied in order: the specific before the general. */
const TEXT_RULES: readonly (readonly [RegExp, string])[] = [
  // Digests and content ids: `sha256:` and 64 hex digits, or the short `sha256:` and 12.
  [/sha256:[0-9a-f]{64}/g, PLACEHOLDER.digest],
  [/sha256:[0-9a-f]{12}\b/g, PLACEHOLDER.digest],
  // `docker run --detach` prints the new container's full id on a line of its own.
  [/^[0-9a-f]{64}$/gm, PLACEHOLDER.containerId],
  [/\b[0-9a-f]{64}\b/g, PLACEHOLDER.hash],
  [/\b[0-9a-f]{40}\b/g, PLACEHOLDER.hash],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, PLACEHOLDER.id],
  // Short ids: the classic builder's intermediate containers and images, a pull's layers.
  [/\b(Running in) [0-9a-f]{12}\b/g, `$1 ${PLACEHOLDER.containerId}`],
  [/(---> |Successfully built )[0-9a-f]{12}\b/g, `$1${PLACEHOLDER.imageId}`],
  [/\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{12}\b/g, PLACEHOLDER.id],
  // Dates with times: ISO (`2026-12-07T19:54:24.123Z`), logs (`2026-12-07 19:54:24,123 +0000`).
  [/\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?: ?(?:Z|[+-]\d{2}:?\d{2}|UTC))?/g, PLACEHOLDER.dateTime],
  [/\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT\b/g, PLACEHOLDER.dateTime],
  // Access logs' time stamps (`[07/Dec/2026:19:02:11 +0000]`).
  [/\b\d{2}\/\w{3}\/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4}\b/g, PLACEHOLDER.dateTime],
  [/\b\d{4}-\d{2}-\d{2}\b/g, PLACEHOLDER.date],
  [/\b\d{1,2}:\d{2}:\d{2}(?:\.\d+)?\b/g, PLACEHOLDER.time],
  // Sizes (`1.2GB`, `5.3 kB`, `120MiB`) and transfer rates.
  [/\b\d+(?:\.\d+)?\s?(?:[kKMGT]i?B|B)\/s\b/g, `${PLACEHOLDER.size}/s`],
  [/\b\d+(?:\.\d+)?\/\d+(?:\.\d+)?\s?(?:[kKMGT]i?B|B)\b/g, PLACEHOLDER.size],
  [/\b\d+(?:\.\d+)?\s?(?:[kKMGT]i?B|bytes|B)\b/g, PLACEHOLDER.size],
  // BuildKit's plain progress: its step numbers follow what the cache had, and each output line
  // carries the seconds since its step began. Neither is the reader's; the step's text is.
  [/^#\d+ (?:\d+\.\d+ )?/gm, ''],
  // Durations: `DONE 0.3s`, compose's `Started  0.5s`, pytest's `in 0.12s`, `12ms`.
  [/\b\d+(?:\.\d+)?(?:ms|s|m)\b(?![\w-])/g, PLACEHOLDER.duration],
  // A host port the engine chose (the ephemeral range) for a publish without a fixed port.
  [/(\d{1,3}(?:\.\d{1,3}){3}|\[::\]|::):(?:3[2-9]\d{3}|[4-6]\d{4})(?=->)/g, `$1:${PLACEHOLDER.port}`],
  // A worker's process id, which depends on how many processes started before it (gunicorn's log
  // lines carry the id of the process that wrote them).
  [/\b(with pid:?) \d+/g, `$1 ${PLACEHOLDER.pid}`],
  [/\[\d+\] \[(DEBUG|INFO|WARNING|ERROR|CRITICAL)\]/g, `[${PLACEHOLDER.pid}] [$1]`],
  // Temporary folders of the machine that ran the lab: the checker's copy of the lab, pip's build
  // folders (a container's own `/tmp/requirements.txt` is the same everywhere, and stays).
  [/\/tmp\/(?:labcheck-|pip-|tmp)[^\s'":,)]*/g, PLACEHOLDER.tempPath],
];

/** One line of free text with TEXT_RULES' placeholders in. */
function normaliseText(line: string): string {
  return TEXT_RULES.reduce((text, [pattern, placeholder]) => text.replace(pattern, placeholder), line);
}

const SLOW_DONE = new RegExp(`^(.+) ${PLACEHOLDER.duration} done$`);

/**
 * BuildKit prints a slow part of a step twice, when it starts and when it ends with its seconds
 * (`naming to … 0.4s done`), and a quick one once (`naming to … done`): which it is depends on the
 * machine's load, so both read as the quick form.
 */
function foldSlowDone(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const slow = SLOW_DONE.exec(line);
    if (!slow?.[1]) {
      out.push(line);
      continue;
    }
    const started = out.lastIndexOf(slow[1]);
    if (started !== -1) out.splice(started, 1);
    out.push(`${slow[1]} done`);
  }
  return out;
}

/** Everything that varies between runs, as placeholders; lines are right-trimmed, outer blank lines dropped. */
export function normaliseOutput(output: string): string {
  const lines = output
    .replace(ANSI, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd());
  const out: string[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (TABLE_HEADING.test(line) && columnsOf(line).length >= 3) {
      let end = index + 1;
      while (end < lines.length && (lines[end] ?? '') !== '' && !TABLE_HEADING.test(lines[end] ?? '')) end += 1;
      out.push(...normaliseTable(lines.slice(index, end)));
      index = end - 1;
      continue;
    }
    if (/^total \d+$/.test(line)) {
      // `ls -l`'s first line: blocks in use, which depend on the file system.
      out.push(`total ${PLACEHOLDER.size}`);
      continue;
    }
    const ls = LS_LONG.exec(line);
    if (ls) {
      out.push(`${ls[1]} ${ls[2]} ${PLACEHOLDER.you} ${PLACEHOLDER.you} ${PLACEHOLDER.size} ${PLACEHOLDER.date} ${ls[7]}`);
      continue;
    }
    out.push(normaliseText(line));
  }
  const folded = foldSlowDone(out);
  while (folded.length > 0 && folded[0] === '') folded.shift();
  while (folded.length > 0 && folded[folded.length - 1] === '') folded.pop();
  return folded.join('\n');
}
