import {mkdtempSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {knownLanguages, runsAtBuild} from '../../src/code-highlight/build';
import {highlightAtRuntime} from '../../src/code-highlight/runtime';
import {toLines, type Run} from '../../src/code-highlight/tokens';
import {fenceTitle, HIGHLIGHTED_LINE, highlightCode, markedLines} from '../../src/code-highlight/remark';
import {linesToHtml} from '../../src/code-highlight/html';
import {pageCode} from '../../src/code-highlight/page-code';
import {codeColoursCss} from '../../src/code-highlight/theme-css';
import {courseDark, courseLight} from '../../src/code-highlight/themes';
import {findLabIds, loadLab} from '../../lib/labs/load-labs';

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
  it.each(samples)('%s: the runs give back the file, coloured', (language, file) => {
    const code = read(file);
    const runs = runsAtBuild(code, language);
    expect(runs).toBeDefined();
    expect(text(runs!)).toBe(code);
    expect(
      runs!.some((run) => run.types[0] !== 'plain'),
      'some tokens are not plain',
    ).toBe(true);
  });

  it('gives the same runs for dockerfile as for docker, and none for text', () => {
    const code = read('labs/04-rest-api/solution/Dockerfile');
    expect(runsAtBuild(code, 'dockerfile')).toEqual(runsAtBuild(code, 'docker'));
    expect(runsAtBuild('anything', 'text')).toBeUndefined();
    expect(runsAtBuild('anything', undefined)).toBeUndefined();
  });

  it('refuses a language it does not know, saying which ones it does', () => {
    expect(() => runsAtBuild('print(1)', 'pyhton')).toThrow(
      /"pyhton" is not a language the site highlights\. Use one of bash, docker,.*src\/code-highlight\/languages\.ts/,
    );
    expect(knownLanguages()).toEqual(expect.arrayContaining(['bash', 'dockerfile', 'python', 'text']));
  });
});

describe('lines', () => {
  it('splits runs into lines without their line breaks', () => {
    const code = 'FROM python:3.12-slim\nUSER app';
    const lines = toLines(runsAtBuild(code, 'docker')!);
    expect(lines.map((line) => line.map((run) => run.content).join(''))).toEqual(['FROM python:3.12-slim', 'USER app']);
    expect(toLines([{types: ['plain'], content: 'a\n\nb'}]).map((line) => line.length)).toEqual([1, 0, 1]);
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
          expect(highlightAtRuntime(code, language), `${id}/${step.id} (${language})`).toEqual(runsAtBuild(code, language));
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
  type Node = {
    type: string;
    lang?: string;
    meta?: string;
    value?: string;
    name?: string;
    children?: Node[];
    data?: Record<string, unknown>;
    attributes?: Attr[];
  };
  type Attr = {name: string; value: string | {value: string}};
  const tree = (...children: Node[]) => ({type: 'root', children});
  const pageCodeDir = () => mkdtempSync(path.join(tmpdir(), 'page-code-'));
  const attribute = (node: Node, name: string) => {
    const value = node.attributes?.find((a) => a.name === name)?.value;
    return typeof value === 'object' ? value.value : value;
  };
  const pageCodeModule = async (dir: string) => {
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    return ((await import(path.join(dir, files[0]!))) as {default: Record<string, string>}).default;
  };

  it("moves each code block of a page into the page's code module: its HTML there, a CodeBlock naming it in the page", async () => {
    const dir = pageCodeDir();
    const page = tree(
      {type: 'code', lang: 'bash', value: 'docker ps\n'},
      {type: 'code', lang: 'mermaid', value: 'flowchart LR\n  a --> b'},
      {type: 'code', lang: 'text', meta: 'title="x.txt"', value: '<b> & "q"'},
    );
    highlightCode({pageCodeDir: dir})(page, {path: path.join(root, 'docs/x.mdx')});
    const [header, bash, mermaid, text] = page.children;
    expect(header!.type).toBe('mdxjsEsm');
    expect(String(header!.value)).toMatch(/import\('@generated\/page-code\/docs-x-[0-9a-f]{8}\.js'\)/);
    expect(mermaid).toMatchObject({type: 'code', lang: 'mermaid'});
    for (const [node, index] of [
      [bash!, 0],
      [text!, 1],
    ] as const) {
      expect(node).toMatchObject({type: 'mdxJsxFlowElement', name: '__CodeBlock'});
      expect(attribute(node, 'pageCode')).toBe('__pageCode');
      expect(attribute(node, 'pageCodeIndex')).toBe(String(index));
      // How many lines to make room for until the lines arrive.
      expect(attribute(node, 'pageCodeLines')).toBe('1');
    }
    expect(attribute(bash!, 'language')).toBe('bash');
    expect(attribute(text!, 'title')).toBe('x.txt');
    const html = await pageCodeModule(dir);
    // Coloured as the theme shows it, without the final line break, and escaped.
    expect(html['0']).toBe(linesToHtml(toLines(runsAtBuild('docker ps', 'bash')!)));
    expect(html['0']).toContain('<span class="token function">docker</span>');
    expect(html['1']).toBe('<div class="token-line"><span class="token plain">&lt;b&gt; &amp; &quot;q&quot;</span><br></div>');
  });

  it("marks the lines a fence's {…} names, as the theme does", async () => {
    const dir = pageCodeDir();
    highlightCode({pageCodeDir: dir})(tree({type: 'code', lang: 'text', meta: 'title="f" {1,3-4}', value: 'a\nb\nc\nd\ne'}), {
      path: path.join(root, 'slides/d.mdx'),
    });
    const lines = [...(await pageCodeModule(dir))['0']!.matchAll(/<div class="([^"]+)">/g)].map((m) => m[1]);
    const marked = `token-line ${HIGHLIGHTED_LINE}`;
    expect(lines).toEqual([marked, 'token-line', marked, marked, 'token-line']);
    expect(markedLines('title="x"')).toEqual({});
    expect(fenceTitle(`title='a b' {2}`)).toBe('a b');
  });

  it('fails the build for a magic comment or line numbers, which the site does not render', () => {
    for (const block of [
      {type: 'code', lang: 'bash', value: '# highlight-next-line\ndocker ps\n'},
      {type: 'code', lang: 'bash', meta: 'showLineNumbers', value: 'docker ps\n'},
    ]) {
      expect(() => highlightCode({pageCodeDir: pageCodeDir()})(tree(block), {path: path.join(root, 'docs/y.mdx')})).toThrow(
        /docs\/y\.mdx: .*magic comment or showLineNumbers/,
      );
    }
  });

  it('fails the build for an unknown language, naming the page', () => {
    expect(() =>
      highlightCode({pageCodeDir: pageCodeDir()})(tree({type: 'code', lang: 'dockerfle', value: 'FROM x'}), {
        path: path.join(root, 'docs/labs/01.mdx'),
      }),
    ).toThrow(/docs\/labs\/01\.mdx: a code block's language: "dockerfle" is not a language/);
  });

  it('rewrites a module only when its blocks change (npm start rebuilds on every write)', () => {
    const dir = pageCodeDir();
    const run = (value: string) =>
      highlightCode({pageCodeDir: dir})(tree({type: 'code', lang: 'text', value}), {path: path.join(root, 'docs/z.mdx')});
    run('one');
    const file = path.join(dir, readdirSync(dir)[0]!);
    const written = statSync(file).mtimeMs;
    run('one');
    expect(statSync(file).mtimeMs).toBe(written);
    run('two');
    expect(readFileSync(file, 'utf8')).toContain('two');
  });
});

describe('the lines as HTML', () => {
  it('escapes the code, one line a div closed by a <br>, as the theme renders lines', () => {
    const runs: Run[] = [
      {types: ['keyword'], content: 'if'},
      {types: ['plain'], content: ' a < b && c > "d":\n\n  pass'},
    ];
    const html = linesToHtml(toLines(runs));
    expect(html).toBe(
      '<div class="token-line"><span class="token keyword">if</span><span class="token plain"> a &lt; b &amp;&amp; c &gt; &quot;d&quot;:</span><br></div>' +
        '<div class="token-line"><br></div>' +
        '<div class="token-line"><span class="token plain">  pass</span><br></div>',
    );
  });
});

describe("a page's code module in the browser", () => {
  it("loads a page's module once, and again after a failed download", async () => {
    let calls = 0;
    let fail = true;
    const code = pageCode(() => {
      calls++;
      if (fail) return Promise.reject(new Error('offline'));
      return Promise.resolve({default: {'0': '<div class="token-line"><br></div>'}});
    });
    expect(code.loaded()).toBeUndefined();
    await expect(code.load()).rejects.toThrow('offline');
    fail = false;
    const [a, b] = await Promise.all([code.load(), code.load()]);
    expect(a).toBe(b);
    expect(calls).toBe(2);
    expect(code.loaded()).toBe(a);
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
