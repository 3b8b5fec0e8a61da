/**
 * The Markdown (MDX JSX) nodes that replace a diagram's code block. The SVGs go in as HTML strings
 * (React's dangerouslySetInnerHTML): the server renders them into the page, and the page's
 * JavaScript carries them as two plain strings, the smallest form they can take there.
 *
 *   <figure class="mermaid-diagram" role="img" aria-label="{title}" aria-describedby="{id}-description">
 *     <div class="mermaid-diagram__svg mermaid-diagram__svg--light" aria-hidden="true">{light SVG}</div>
 *     <div class="mermaid-diagram__svg mermaid-diagram__svg--dark" aria-hidden="true">{dark SVG}</div>
 *     <p id="{id}-description" hidden>{description}</p>
 *   </figure>
 *
 * The figure is one image to assistive technology, named and described once; the copies are
 * hidden from it (CSS shows one of them on screen, by colour mode).
 */
import type {DiagramTheme} from './themes';
import type {DiagramText} from './source';
import type {MdNode} from './find';

// A null value is a bare JSX attribute (`hidden`), which React reads as true.
type Attribute = {type: 'mdxJsxAttribute'; name: string; value: string | null | ExpressionValue};
interface ExpressionValue {
  type: 'mdxJsxAttributeValueExpression';
  value: string;
  data: {estree: unknown};
}

function attribute(name: string, value: string | null): Attribute {
  return {type: 'mdxJsxAttribute', name, value};
}

function element(name: string, attributes: Attribute[], children: MdNode[] = []): MdNode {
  return {type: 'mdxJsxFlowElement', name, attributes, children};
}

function text(value: string): MdNode {
  return {type: 'text', value};
}

/** `dangerouslySetInnerHTML={{__html: "…"}}`, as the ESTree MDX compiles it from. */
function innerHtml(html: string): Attribute {
  const object = {
    type: 'ObjectExpression',
    properties: [
      {
        type: 'Property',
        key: {type: 'Identifier', name: '__html'},
        value: {type: 'Literal', value: html},
        kind: 'init',
        method: false,
        shorthand: false,
        computed: false,
      },
    ],
  };
  const estree = {type: 'Program', sourceType: 'module', body: [{type: 'ExpressionStatement', expression: object}]};
  return {
    type: 'mdxJsxAttribute',
    name: 'dangerouslySetInnerHTML',
    value: {type: 'mdxJsxAttributeValueExpression', value: `{__html: ${JSON.stringify(html)}}`, data: {estree}},
  };
}

export interface RenderedDiagram {
  readonly id: string;
  readonly text: DiagramText;
  readonly svgs: Readonly<Record<DiagramTheme, string>>;
}

export function figureNode({id, text: {title, description}, svgs}: RenderedDiagram): MdNode {
  const descriptionId = `${id}-description`;
  const copies = (Object.keys(svgs) as DiagramTheme[]).map((theme) =>
    element('div', [
      attribute('className', `mermaid-diagram__svg mermaid-diagram__svg--${theme}`),
      attribute('aria-hidden', 'true'),
      innerHtml(svgs[theme]),
    ]),
  );
  return element(
    'figure',
    [
      attribute('className', 'mermaid-diagram'),
      attribute('role', 'img'),
      attribute('aria-label', title),
      attribute('aria-describedby', descriptionId),
    ],
    [...copies, element('p', [attribute('id', descriptionId), attribute('hidden', null)], [text(description)])],
  );
}

/**
 * What `npm start` shows where no browser can draw: the diagram's source, under a note. A
 * production build never gets here; it fails instead.
 */
export function sourceNode(code: MdNode, title: string, reason: string): MdNode {
  const note = `Diagram "${title}": drawn in a production build (${reason} to draw it here); its source:`;
  return element(
    'div',
    [attribute('className', 'mermaid-diagram mermaid-diagram--source')],
    [element('p', [attribute('className', 'mermaid-diagram__note')], [text(note)]), code],
  );
}
