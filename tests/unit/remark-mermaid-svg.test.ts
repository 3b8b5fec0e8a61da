import {readFileSync, readdirSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {evaluate} from '@mdx-js/mdx';
import * as jsxRuntime from 'react/jsx-runtime';
import {createElement, type ReactElement} from 'react';
import {remarkMermaidSvg} from '../../src/plugins/remark-mermaid-svg';
import {noCache, type SvgCache} from '../../src/plugins/remark-mermaid-svg/cache';
import {findMermaidBlocks, type MdNode} from '../../src/plugins/remark-mermaid-svg/find';
import {diagramIds, themedId} from '../../src/plugins/remark-mermaid-svg/ids';
import {NoBrowserError, type Render, type RenderJob} from '../../src/plugins/remark-mermaid-svg/render';
import {diagramText} from '../../src/plugins/remark-mermaid-svg/source';
import {svgIds, tidySvg} from '../../src/plugins/remark-mermaid-svg/svg';
import {findChromium} from '../../lib/chromium';
import {parseMdx} from './deck-source';

const root = path.resolve(import.meta.dirname, '../..');
// react-dom ships no types of its own (and the site needs none): the one function used here, typed.
const {renderToStaticMarkup} = createRequire(import.meta.url)('react-dom/server') as {
  renderToStaticMarkup: (element: ReactElement) => string;
};

const DIAGRAM = ['flowchart LR', '  accTitle: Two boxes', '  accDescr: A leads to B.', '  A --> B'].join('\n');
const mdxOf = (...diagrams: string[]) => diagrams.map((d) => '```mermaid\n' + d + '\n```').join('\n\nSome text.\n\n');

/** A stand-in for the browser: an SVG that names its id and theme, and a record of the jobs it drew. */
function fakeRender(): Render & {jobs: RenderJob[]} {
  const jobs: RenderJob[] = [];
  const render = (job: RenderJob) => {
    jobs.push(job);
    return Promise.resolve(
      `<svg id="${job.id}" data-points="AAAA"><g id="${job.id}-node"><text>${String(job.config.theme)}</text></g></svg>`,
    );
  };
  return Object.assign(render, {jobs});
}

const noBrowser: Render = () => Promise.reject(new NoBrowserError('no Chromium found'));

/** Runs the plugin on MDX source as the site's pipeline would, returning the tree. */
async function transform(source: string, options: Parameters<typeof remarkMermaidSvg>[0], filePath = path.join(root, 'docs/example.mdx')) {
  const tree = parseMdx(source);
  await remarkMermaidSvg({cache: noCache, production: true, ...options})(tree, {path: filePath});
  return tree;
}

/** Compiles MDX with the plugin and renders it to HTML, as the server render of a page does. */
async function renderPage(source: string, render: Render): Promise<string> {
  const {default: Content} = await evaluate(source, {
    ...jsxRuntime,
    remarkPlugins: [[remarkMermaidSvg, {render, cache: noCache, production: true}]],
  });
  return renderToStaticMarkup(createElement(Content));
}

describe('findMermaidBlocks', () => {
  it('finds mermaid blocks at any depth, in page order, and nothing else', () => {
    const tree = parseMdx(
      [
        '```mermaid\nflowchart LR\n```',
        '- item\n\n  ```mermaid\n  sequenceDiagram\n  ```',
        '<div>\n\n```mermaid\npie\n```\n\n</div>',
        '```python\nprint(1)\n```',
      ].join('\n\n'),
    );
    expect(findMermaidBlocks(tree).map((b) => b.node.value.split('\n')[0])).toEqual(['flowchart LR', 'sequenceDiagram', 'pie']);
    for (const {parent, index, node} of findMermaidBlocks(tree)) expect(parent.children?.[index]).toBe(node);
  });
});

describe('diagramIds', () => {
  it('gives every diagram of a page its own id, stable across builds, numbering repeats', () => {
    const ids = diagramIds(['flowchart LR\nA', 'flowchart LR\nB', 'flowchart LR\nA']);
    expect(new Set(ids).size).toBe(3);
    expect(ids[2]).toBe(`${ids[0]}-2`);
    expect(diagramIds(['flowchart LR\nB'])).toEqual([ids[1]]);
    expect(ids[0]).toMatch(/^mermaid-[0-9a-f]{10}$/);
    expect(themedId(ids[0]!, 'dark')).not.toBe(themedId(ids[0]!, 'light'));
  });
});

describe('diagramText', () => {
  it('reads accTitle and accDescr, on one line or as a block', () => {
    expect(diagramText(DIAGRAM)).toEqual({title: 'Two boxes', description: 'A leads to B.'});
    expect(diagramText('flowchart LR\n  accTitle: T\n  accDescr {\n    First line,\n    second line.\n  }\n  A --> B')).toEqual({
      title: 'T',
      description: 'First line, second line.',
    });
  });

  it('names what a diagram lacks', () => {
    expect(() => diagramText('flowchart LR\n  A --> B')).toThrow(/accTitle.*and.*accDescr/);
    expect(() => diagramText('flowchart LR\n  accTitle: T\n  A --> B')).toThrow(/needs "accDescr/);
  });
});

describe('tidySvg', () => {
  it('drops what a static picture does not use, and rounds geometry to a hundredth of a pixel', () => {
    const svg = [
      '<svg id="m-light" style="max-width: 505.84375px;" viewBox="0 0 505.84375 94">',
      '<marker id="m-light_pointEnd" refX="5"><path d="M 0 0 L 10 5 z"/></marker><marker id="m-light_crossEnd" refX="12"><path d="M 1,1"/></marker>',
      '<path id="m-light-a" data-points="AAAA" d="M168.484375,47L172.6512 -19.5" marker-end="url(#m-light_pointEnd)"/></svg>',
    ].join('');
    expect(tidySvg(svg, 'm-light')).toBe(
      [
        '<svg id="m-light" style="max-width: 505.84375px;" viewBox="0 0 505.84 94">',
        '<marker id="m-light_pointEnd" refX="5"><path d="M 0 0 L 10 5 z"/></marker>',
        '<path id="m-light-a" d="M168.48,47L172.65 -19.5" marker-end="url(#m-light_pointEnd)"/></svg>',
      ].join(''),
    );
  });

  it('keeps numbers apart that path data runs together', () => {
    const path = (d: string) => `<svg id="m-light"><path d="${d}"/></svg>`;
    expect(tidySvg(path('M12.2600l0.26000.2600.0101 5.0001.25-1.5e-7'), 'm-light')).toBe(path('M12.26l0.26 0.26 0.01 5 .25 0'));
    expect(tidySvg(path('M1.5.25L2.125-3.3333'), 'm-light')).toBe(path('M1.5 .25L2.13-3.33'));
  });

  it('prefixes the ids mermaid left bare, and what refers to them, so two diagrams cannot clash', () => {
    const svg = '<svg id="m-light"><line id="actor0" marker-end="url(#actor0)"/><use href="#actor0"/><g id="m-light-x" data-id="B"/></svg>';
    expect(tidySvg(svg, 'm-light')).toBe(
      '<svg id="m-light"><line id="m-light-actor0" marker-end="url(#m-light-actor0)"/><use href="#m-light-actor0"/><g id="m-light-x" data-id="B"/></svg>',
    );
    expect(() => tidySvg('<svg id="m-light"><g id="m-light-a"/><g id="m-light-a"/></svg>', 'm-light')).toThrow(
      'repeats the id(s) m-light-a',
    );
    expect(() => tidySvg('<p>error</p>', 'm-light')).toThrow('no SVG');
  });
});

describe('remarkMermaidSvg', () => {
  it('replaces each diagram by a named, described figure with a light and a dark SVG', async () => {
    const render = fakeRender();
    const html = await renderPage(mdxOf(DIAGRAM), render);
    expect(render.jobs.map((job) => job.config.theme)).toEqual(['neutral', 'dark']);
    const [id] = diagramIds([DIAGRAM]);
    expect(html).toContain(`<figure class="mermaid-diagram" role="img" aria-label="Two boxes" aria-describedby="${id}-description">`);
    expect(html).toContain(`<div class="mermaid-diagram__svg mermaid-diagram__svg--light" aria-hidden="true"><svg id="${id}-light">`);
    expect(html).toContain(`<div class="mermaid-diagram__svg mermaid-diagram__svg--dark" aria-hidden="true"><svg id="${id}-dark">`);
    expect(html).toContain(`<p id="${id}-description" hidden="">A leads to B.</p>`);
    expect(html).not.toContain('data-points');
    expect(html).not.toContain('<pre');
  });

  it('keeps every id of a page unique, for two diagrams in two themes', async () => {
    const other = DIAGRAM.replace('A --> B', 'B --> C');
    const html = await renderPage(mdxOf(DIAGRAM, other, DIAGRAM), fakeRender());
    const ids = svgIds(html);
    expect(ids.length).toBe(3 * (2 * 2 + 1));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('fails on a diagram without accTitle or accDescr, naming the file and line', async () => {
    const source = `# Page\n\n${mdxOf('flowchart LR\n  A --> B')}`;
    await expect(transform(source, {render: fakeRender()})).rejects.toThrow(
      /^docs\/example\.mdx:3: mermaid diagram: the diagram needs "accTitle/,
    );
  });

  it('fails on a diagram mermaid cannot draw, naming the file', async () => {
    const broken: Render = () => Promise.reject(new Error('Parse error on line 4'));
    await expect(transform(mdxOf(DIAGRAM), {render: broken})).rejects.toThrow('docs/example.mdx:1: mermaid diagram: Parse error on line 4');
  });

  it('without a browser, fails a production build saying what to install', async () => {
    await expect(transform(mdxOf(DIAGRAM), {render: noBrowser, production: true})).rejects.toThrow(
      /docs\/example\.mdx:1: mermaid diagram: no Chromium found\. .*apt-get install chromium.*npx playwright install chromium/,
    );
  });

  it('without a browser, shows the source with a note in npm start', async () => {
    const tree = await transform(mdxOf(DIAGRAM), {render: noBrowser, production: false});
    const [fallback] = tree.children ?? [];
    expect(fallback).toMatchObject({type: 'mdxJsxFlowElement', name: 'div'});
    const [note, code] = (fallback as MdNode).children ?? [];
    expect(JSON.stringify(note)).toContain('Diagram \\"Two boxes\\": drawn in a production build');
    expect(code).toMatchObject({type: 'code', lang: 'mermaid', value: DIAGRAM});
  });

  it('draws nothing that is in the cache, and caches what it draws', async () => {
    const stored = new Map<string, string>();
    const cache: SvgCache = {get: (key) => Promise.resolve(stored.get(key)), set: (key, svg) => Promise.resolve(void stored.set(key, svg))};
    const source = mdxOf(DIAGRAM.replace('A --> B', 'A --> Cached'));
    const first = fakeRender();
    await transform(source, {render: first, cache});
    expect(first.jobs).toHaveLength(2);
    expect(stored.size).toBe(2);
    // A fresh module-level memo would also hit; the second renderer proves the cache is read.
    const again = fakeRender();
    await transform(source, {render: again, cache});
    expect(again.jobs).toHaveLength(0);
  });
});

// The real renderer, where a browser is installed, Debian's or Playwright's (npm test's machines have one; the build needs it too).
const chromiumPath = await findChromium();
describe.skipIf(!chromiumPath)('remarkMermaidSvg in headless Chromium', () => {
  it('draws each diagram in both themes, as text, with ids that cannot clash on the page', {timeout: 60_000}, async () => {
    const flowchart = [
      'flowchart LR',
      '  accTitle: Net',
      '  accDescr: nginx calls web.',
      '  subgraph front ["network: frontend"]',
      '    nginx -- "http://web:8000" --> web',
      '  end',
    ].join('\n');
    const sequence = [
      'sequenceDiagram',
      '  accTitle: Upload',
      '  accDescr: The browser posts to web.',
      '  B->>W: POST /uploads',
      '  W-->>B: 303',
    ].join('\n');
    const {default: Content} = await evaluate(mdxOf(flowchart, sequence), {
      ...jsxRuntime,
      remarkPlugins: [[remarkMermaidSvg, {cache: noCache, production: true}]],
    });
    const html = renderToStaticMarkup(createElement(Content));
    const ids = svgIds(html);
    expect(new Set(ids).size).toBe(ids.length);
    const [flowId, sequenceId] = diagramIds([flowchart, sequence]);
    for (const id of ids) expect(id.includes(flowId!) || id.includes(sequenceId!), id).toBe(true);
    for (const theme of ['light', 'dark']) {
      expect(html).toContain(`<svg id="${flowId}-${theme}"`);
      expect(html).toContain(`<svg id="${sequenceId}-${theme}"`);
    }
    // Labels stay text: found by search, selectable, read by a page's find.
    expect(html.match(/http:\/\/web:8000/g)).toHaveLength(2);
    expect(html.match(/POST \/uploads/g)).toHaveLength(2);
    // The dark copy carries the contrast fix for edge labels.
    expect(html).toContain(`#${flowId}-dark .edgeLabel`);
  });
});

describe('the diagrams of the course', () => {
  const files = ['docs', 'slides'].flatMap((dir) =>
    readdirSync(path.join(root, dir), {recursive: true, encoding: 'utf8'})
      .filter((f) => /\.mdx?$/.test(f))
      .map((f) => path.join(dir, f)),
  );

  it('each has an accessible name and description', () => {
    const diagrams = files.flatMap((file) =>
      findMermaidBlocks(parseMdx(readFileSync(path.join(root, file), 'utf8'))).map((block) => ({file, source: block.node.value})),
    );
    expect(diagrams.length).toBeGreaterThan(10);
    for (const {file, source} of diagrams) expect(() => diagramText(source), `${file}: ${source.split('\n')[0]}`).not.toThrow();
  });
});
