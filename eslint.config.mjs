// Lint for the site, scripts and tests: typescript-eslint's type-aware recommended rules plus React hooks.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** A path into the project from a file of it: `../../scripts/x`, `@site/scripts/x`. */
const project = String.raw`^(?:(?:\.\./)+|@site/)`;
const libImportsNoProject = {
  regex: `${project}(?:src|scripts|tests)/`,
  message: 'lib/ is what the site and the scripts share: it imports neither (move what it needs into lib/).',
};
const siteImportsNoScripts = {
  regex: `${project}scripts/`,
  message:
    'The site does not import scripts/: put code both need in lib/ (the lab manifest, the time model and the captured boxes are in lib/labs/).',
};
const docusaurusPublicOnly = {
  // A Docusaurus upgrade may change anything private without notice: see src/theme/README.md.
  regex: String.raw`^@docusaurus/[^/]+/lib/|^@docusaurus/theme-common/internal$`,
  message:
    "Docusaurus's private modules (lib/, theme-common/internal) change without notice: use its public API, or list the swizzle that needs them, and why, in src/theme/README.md.",
};
const buildImportsNoComponents = {
  regex: String.raw`^(?:(?:\.\./)+|@site/src/)(?:components|theme)/|^@theme/`,
  message: 'A build plugin does not import components or the theme: put what both need in src/data/ or lib/.',
};

export default tseslint.config(
  {
    ignores: [
      'build/**',
      'build-base-url/**',
      '.docusaurus/**',
      'node_modules/**',
      'test-results/**',
      'test-reports/**',
      'playwright-report/**',
      'labs/**/*.js',
    ],
  },
  js.configs.recommended,
  // Type-aware: the rules read TypeScript's types (floating promises, unsafe any, needless assertions).
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({...config, files: ['**/*.{ts,tsx,mts}']})),
  {
    files: ['**/*.{ts,tsx,mts}'],
    plugins: {'react-hooks': reactHooks},
    languageOptions: {
      globals: {...globals.browser, ...globals.node},
      parserOptions: {projectService: true, tsconfigRootDir: import.meta.dirname},
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // Dependencies point one way: lib/ (code the site's build and the scripts share) imports neither;
  // src/ never imports scripts/ nor Docusaurus's private modules; a build plugin never imports a
  // component or the theme.
  {
    files: ['lib/**/*.{ts,tsx,mts}'],
    rules: {'no-restricted-imports': ['error', {patterns: [libImportsNoProject]}]},
  },
  {
    files: ['src/**/*.{ts,tsx,mts}'],
    rules: {'no-restricted-imports': ['error', {patterns: [siteImportsNoScripts, docusaurusPublicOnly]}]},
  },
  {
    files: [
      'src/plugins/**/*.{ts,tsx,mts}',
      'src/remark/**/*.{ts,tsx,mts}',
      'src/code-highlight/{build,page-code-module,plugin,remark,theme-css}.ts',
    ],
    rules: {'no-restricted-imports': ['error', {patterns: [siteImportsNoScripts, docusaurusPublicOnly, buildImportsNoComponents]}]},
  },
  // The one exception, listed in src/theme/README.md: short-tasks replaces Docusaurus modules by their private paths.
  {
    files: ['src/plugins/short-tasks/**/*.{ts,tsx,mts}'],
    rules: {'no-restricted-imports': ['error', {patterns: [siteImportsNoScripts, buildImportsNoComponents]}]},
  },
  {
    files: ['**/*.mjs'],
    languageOptions: {globals: globals.node},
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {sourceType: 'commonjs', globals: globals.node},
  },
);
