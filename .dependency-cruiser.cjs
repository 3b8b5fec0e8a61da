// The project's import graph, checked by `npm run lint` (and so by `npm test`): dependencies point
// one way. lib/ is what the site, the lab checker and the lab manifests share, so it imports none
// of them; the site (src/) and the scripts never import each other; a lab manifest reads only lib/.

/** A rule that no file under `from` imports a file under `to` (both path patterns). */
const forbid = (name, from, to, comment) => ({name, severity: 'error', comment, from: {path: from}, to: {path: to}});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'A cycle leaves no module that can be read (or tested) first. Type-only imports are left out: they vanish when the code runs.',
      from: {},
      to: {circular: true, viaOnly: {dependencyTypesNot: ['type-only']}},
    },
    forbid(
      'lib-imports-no-project',
      '^lib/',
      '^(src|scripts|tests|labs)/',
      'lib/ is what the site and the scripts share: it imports neither (move what it needs into lib/).',
    ),
    forbid(
      'site-imports-no-scripts',
      '^src/',
      '^(scripts|tests)/',
      'The site does not import scripts/ or tests/: put code both need in lib/.',
    ),
    forbid('scripts-import-no-site', '^scripts/', '^src/', 'The scripts do not import the site: put code both need in lib/.'),
    forbid(
      'labs-import-only-lib',
      '^labs/',
      '^(src|scripts|tests)/',
      'A lab manifest is data: it reads the manifest types and helpers in lib/labs/, nothing of the site or the checker.',
    ),
  ],
  options: {
    doNotFollow: {path: 'node_modules'},
    exclude: {path: '^(build|build-base-url|\\.docusaurus|node_modules|test-results|test-reports)/'},
    tsPreCompilationDeps: true,
    tsConfig: {fileName: 'tsconfig.json'},
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
