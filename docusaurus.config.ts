import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {importLabFiles} from './src/remark/import-lab-files';
import {remarkMermaidSvg} from './src/plugins/remark-mermaid-svg';
import {highlightCode} from './src/code-highlight/remark';
import {mkdirSync} from 'node:fs';
import decksPlugin from './src/plugins/decks';
import cheatsheetPdfPlugin from './src/plugins/cheatsheet-pdf';
import codeHighlightPlugin from './src/code-highlight/plugin';
import searchHighlightPlugin from './src/plugins/search-highlight';
import instructorStepsPlugin from './src/plugins/instructor-steps';
import labTimePlugin from './src/plugins/lab-time';
import {courseProofPlugin} from './src/plugins/course-proof';
import {courseProof} from './scripts/lab-checker/proof';
import shortTasksPlugin from './src/plugins/short-tasks';
import labBundlesPlugin, {GENERATED_STATIC_DIR} from './src/plugins/lab-bundles';

// The public address can be overridden when the site is published elsewhere (e.g. a fork's Pages).
const siteUrl = process.env.SITE_URL ?? 'https://docker-for-data-science.github.io';
const baseUrl = process.env.BASE_URL ?? '/';
const repoUrl = 'https://github.com/docker-for-data-science/docker-for-data-science';

// The generated static folder must exist before Docusaurus reads its static folders.
mkdirSync(GENERATED_STATIC_DIR, {recursive: true});

const config: Config = {
  staticDirectories: ['static', GENERATED_STATIC_DIR],
  title: 'Docker for Data Science',
  tagline: 'From your first container to a machine-learning application in three hours',
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl,
  trailingSlash: false,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  future: {
    v4: true,
    faster: true,
  },

  i18n: {defaultLocale: 'en', locales: ['en']},

  // Mermaid diagrams are drawn to SVG at build time (remarkMermaidSvg): no diagram code in the browser.
  markdown: {
    hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
  },

  themes: [
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        language: ['en'],
        indexDocs: true,
        indexPages: true,
        indexBlog: false,
        // Marked with CSS highlights, not mark.js: see src/plugins/search-highlight.
        highlightSearchTermsOnTargetPage: true,
        explicitSearchResultPath: true,
      },
    ],
  ],

  // Tells components when the first page has hydrated, so they keep its server HTML until then.
  clientModules: ['./src/components/StaticHtml/firstPage.ts'],

  // The lecture decks: slides/*.mdx served as reveal.js decks at /slides/<deck>.
  // The lab bundles: a zip per lab, made from labs/ and served from a generated static folder.
  // The cheatsheet PDFs (A4 and US Letter), printed by Chromium at the end of a build when one is installed.
  // Code colours as CSS, for code highlighted at build time (highlightCode): no highlighter in the browser.
  // The search bar's marks of searched words drawn as CSS highlights (no mark.js).
  // The lab steps the instructor notes name, resolved at build time (the page ships no lab manifest).
  // How each lab is proven, read by the lab checker's own reader: this config is the one place that joins the two.
  // The work after a first visit's hydration in short tasks: the one plugin that replaces Docusaurus
  // modules (see its README).
  plugins: [
    decksPlugin,
    labBundlesPlugin,
    cheatsheetPdfPlugin,
    codeHighlightPlugin,
    searchHighlightPlugin,
    instructorStepsPlugin,
    labTimePlugin,
    courseProofPlugin(courseProof),
    shortTasksPlugin,
  ],

  presets: [
    [
      'classic',
      {
        docs: {
          path: 'docs',
          routeBasePath: 'docs',
          sidebarPath: './sidebars.ts',
          editUrl: `${repoUrl}/edit/main/`,
          remarkPlugins: [importLabFiles, remarkMermaidSvg, highlightCode],
          showLastUpdateTime: false,
          // Lab pages are named like their folders (01-docker-basics); keep the number in ids and URLs.
          numberPrefixParser: false,
        },
        blog: false,
        pages: {remarkPlugins: [importLabFiles, remarkMermaidSvg, highlightCode]},
        theme: {customCss: './src/css/custom.css'},
        sitemap: {changefreq: 'weekly', priority: 0.5},
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    colorMode: {defaultMode: 'light', respectPrefersColorScheme: true},
    navbar: {
      title: 'Docker for Data Science',
      logo: {alt: 'Docker for Data Science logo: a container holding a bar chart', src: 'img/logo.svg'},
      items: [
        {type: 'docSidebar', sidebarId: 'course', position: 'left', label: 'Course'},
        {to: '/slides', label: 'Slides', position: 'left'},
        {type: 'docSidebar', sidebarId: 'labs', position: 'left', label: 'Labs'},
        {to: '/docs/cheatsheet', label: 'Cheatsheet', position: 'left'},
        {to: '/downloads', label: 'Downloads', position: 'left'},
        {href: repoUrl, label: 'GitHub', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Course',
          items: [
            {label: 'Outline', to: '/docs/course/outline'},
            {label: 'Before the tutorial', to: '/docs/course/before-the-tutorial'},
            {label: 'Troubleshooting', to: '/docs/course/troubleshooting'},
          ],
        },
        {
          title: 'Material',
          items: [
            {label: 'Labs', to: '/docs/labs'},
            {label: 'Cheatsheet', to: '/docs/cheatsheet'},
            {label: 'Downloads', to: '/downloads'},
          ],
        },
        {
          title: 'Project',
          items: [
            {label: 'About', to: '/docs/course/about'},
            {label: 'Source on GitHub', href: repoUrl},
          ],
        },
      ],
      copyright: `Docker for Data Science. Course text and lab material under the MIT licence. Docker and the Docker logo are trademarks of Docker, Inc.; this course is independent of Docker, Inc.`,
    },
    // Code is highlighted at build time (src/code-highlight, languages in its languages.ts) and
    // coloured by CSS made from its themes.ts. The theme's own
    // Prism settings would only add bytes to every page, so they are left empty.
    prism: {
      theme: {plain: {}, styles: []},
      darkTheme: {plain: {}, styles: []},
      additionalLanguages: [],
    },
    tableOfContents: {minHeadingLevel: 2, maxHeadingLevel: 3},
  } satisfies Preset.ThemeConfig,
};

export default config;
