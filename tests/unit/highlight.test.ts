import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {highlightAtBuild, knownLanguages} from '../../src/highlight/build';
import {highlightAtRuntime} from '../../src/highlight/runtime';
import {decodeRuns, encodeRuns, toLines, type Run} from '../../src/highlight/tokens';
import {highlightCode} from '../../src/remark/highlight-code';
import {codeColoursCss} from '../../src/plugins/code-highlight/theme-css';
import {courseDark, courseLight} from '../../src/prism/themes';
import {findLabIds, loadLab} from '../../scripts/lab-checker/load-labs';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

// Real files of the labs, one per language the pages show.
const samples: Array<[string, string]> = [
  ['docker', 'labs/04-rest-api/solution/Dockerfile'],
  ['yaml', 'labs/05-data-app/solution/compose.yaml'],
  ['nginx', 'labs/05-data-app/solution/nginx/app.conf'],
  ['sql', 'labs/05-data-app/solution/db/init.sql'],
  ['bash', 'labs/05-data-app/check.sh'],
  ['powershell', 'labs/05-data-app/check.ps1'],
  ['ini', 'labs/05-data-app/starter/.env.example'],
];

const text = (runs: readonly Run[]) => runs.map((run) => run.content).join('');

describe('build-time highlighting', () => {
  it.each(samples)('%s: the encoded runs give back the file, coloured', (language, file) => {
    const code = read(file);
    const runs = decodeRuns(code, highlightAtBuild(code, language)!);
    expect(runs).toBeDefined();
    expect(text(runs!)).toBe(code);
    expect(runs!.some((run) => run.types[0] !== 'plain'), 'some tokens are not plain').toBe(true);
  });

  it('gives the same runs for dockerfile as for docker, and none for text', () => {
    const code = read('labs/04-rest-api/solution/Dockerfile');
    expect(highlightAtBuild(code, 'dockerfile')).toBe(highlightAtBuild(code, 'docker'));
    expect(highlightAtBuild('anything', 'text')).toBeUndefined();
    expect(highlightAtBuild('anything', undefined)).toBeUndefined();
  });

  it('refuses a language it does not know, saying which ones it does', () => {
    expect(() => highlightAtBuild('print(1)', 'pyhton')).toThrow(/"pyhton" is not a language the site highlights\. Use one of bash, docker,.*src\/highlight\/languages\.ts/);
    expect(knownLanguages()).toEqual(expect.arrayContaining(['bash', 'dockerfile', 'python', 'text']));
  });
});

describe('decoding', () => {
  const code = 'FROM python:3.12-slim\nUSER app';
  const encoded = highlightAtBuild(code, 'docker')!;

  it('refuses runs that do not fit the code shown, so the block falls back to plain text', () => {
    expect(decodeRuns(`${code}\n`, encoded)).toBeUndefined();
    expect(decodeRuns(code.slice(1), encoded)).toBeUndefined();
    expect(decodeRuns(code, 'not encoded')).toBeUndefined();
    expect(decodeRuns(code, `${encoded.split('|')[0]}|9:4`)).toBeUndefined();
    expect(decodeRuns(code, `${encoded.split('|')[0]}|0:x`)).toBeUndefined();
  });

  it('splits runs into lines without their line breaks', () => {
    const lines = toLines(decodeRuns(code, encoded)!);
    expect(lines.map((line) => line.map((run) => run.content).join(''))).toEqual(['FROM python:3.12-slim', 'USER app']);
    expect(toLines([{types: ['plain'], content: 'a\n\nb'}]).map((line) => line.length)).toEqual([1, 0, 1]);
  });

  it('round-trips runs through the encoding', () => {
    const runs: Run[] = [
      {types: ['keyword'], content: 'FROM'},
      {types: ['plain'], content: ' x\n'},
      {types: ['string', 'url'], content: '"a"'},
    ];
    expect(decodeRuns(text(runs), encodeRuns(runs))).toEqual(runs);
  });
});

describe('run-time highlighting (commands from lab manifests)', () => {
  it('colours every bash and PowerShell command of every lab exactly as the build would', async () => {
    const labsDir = path.join(root, 'labs');
    let commands = 0;
    for (const id of findLabIds(labsDir)) {
      const {manifest} = await loadLab(labsDir, id);
      for (const step of manifest.steps ?? []) {
        for (const [language, code] of [
          ['bash', step.command],
          ['powershell', step.powershell],
          ['bash', step.linuxOtherUser],
        ] as const) {
          if (!code) continue;
          commands++;
          expect(highlightAtRuntime(code, language), `${id}/${step.id} (${language})`).toEqual(decodeRuns(code, highlightAtBuild(code, language)!));
        }
      }
    }
    expect(commands).toBeGreaterThan(20);
  });

  it('has no other grammar: anything else is shown plain', () => {
    expect(highlightAtRuntime('def f(): return 1', 'python')).toEqual([{types: ['plain'], content: 'def f(): return 1'}]);
    expect(highlightAtRuntime('', 'text')).toEqual([]);
  });
});

describe('the remark plugin', () => {
  type Code = {type: 'code'; lang?: string; value: string; data?: {hProperties?: Record<string, unknown>}};
  const tree = (...children: Code[]) => ({type: 'root', children});

  it('gives each code block its runs, and leaves diagrams and plain text alone', () => {
    const blocks: Code[] = [
      {type: 'code', lang: 'bash', value: 'docker ps\n'},
      {type: 'code', lang: 'mermaid', value: 'flowchart LR\n  a --> b'},
      {type: 'code', lang: 'text', value: 'hello'},
    ];
    highlightCode()(tree(...blocks), {path: 'docs/x.mdx'});
    const tokens = blocks[0]!.data?.hProperties?.tokens;
    expect(typeof tokens).toBe('string');
    // The runs fit the code as the theme shows it: without its last line break.
    expect(text(decodeRuns('docker ps', tokens as string)!)).toBe('docker ps');
    expect(blocks[1]!.data).toBeUndefined();
    expect(blocks[2]!.data).toBeUndefined();
  });

  it('fails the build for an unknown language, naming the page', () => {
    expect(() => highlightCode()(tree({type: 'code', lang: 'dockerfle', value: 'FROM x'}), {path: 'docs/labs/01.mdx'})).toThrow(
      /docs\/labs\/01\.mdx: a code block's language: "dockerfle" is not a language/,
    );
  });
});

describe('the token colours', () => {
  const css = codeColoursCss(courseLight, courseDark);
  const rules = [...css.matchAll(/([^{}\n]+)\{([^}]*)\}/g)].map((m) => [m[1]!, m[2]!] as const);

  it('has a rule for every coloured token type of both themes, light also without data-theme', () => {
    for (const [mode, theme] of [
      [":root:not([data-theme='dark'])", courseLight],
      [":root[data-theme='dark']", courseDark],
    ] as const) {
      expect(css).toContain(`${mode}{--prism-color:${theme.plain.color};--prism-background-color:${theme.plain.backgroundColor}}`);
      for (const entry of theme.styles.filter((s) => !s.languages && s.style.color)) {
        for (const type of entry.types) {
          const rule = rules.find(([selectors]) => selectors.split(',').includes(`${mode} .token.${type}`));
          expect(rule?.[1], `${mode} .token.${type}`).toContain(`color:${entry.style.color}`);
        }
      }
    }
  });
});
