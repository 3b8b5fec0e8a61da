/**
 * Docusaurus plugin for code highlighting without a highlighter in the browser (the pages' code
 * blocks are tokenised at build time by remark.ts): gives every page the token colours of both
 * colour modes as CSS, makes the code blocks' buttons work (buttons.ts, listeners on the document,
 * so a block whose HTML hydration skipped has working buttons too), and keeps prism-react-renderer
 * out of the bundles.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {courseDark, courseLight} from './themes';
import {codeColoursCss} from './theme-css';

const here = path.dirname(fileURLToPath(import.meta.url));

export default function codeHighlightPlugin(context: LoadContext): Plugin {
  // Written now: client modules must exist when the bundler starts.
  const cssFile = path.join(context.generatedFilesDir, 'code-highlight', 'token-colours.css');
  mkdirSync(path.dirname(cssFile), {recursive: true});
  writeFileSync(cssFile, codeColoursCss(courseLight, courseDark));
  return {
    name: 'code-highlight',
    getClientModules: () => [cssFile, path.join(here, 'buttons.ts')],
    configureWebpack: () => ({
      resolve: {alias: {'prism-react-renderer$': path.join(here, 'prism-react-renderer-stub.ts')}},
    }),
  };
}
