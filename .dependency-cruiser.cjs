// The import rules of docs/ARCHITECTURE.md, checked by dependency-cruiser (npm run deps; CI).
// The code broke them in 488 places when the rules came (issue 12); they were listed in
// .dependency-cruiser-known-violations.json and removed hub by hub until the list was empty
// (decisions 0017, 0018). The list stays as the mechanism: any violation not in it fails.
//
// Left out of the cruise: tests (and the test worlds and helpers beside them), since a test may
// reach into any feature's tables to set up or check a case; and the wiring files below, which sit
// in a lower layer but must know features, so that the imports through them do not count as cycles
// between the features (features import src/db and src/http, the wiring imports features back).

/** Files in src/db, src/shared and src/http that are allowed to know the features: the wiring. */
const wiringFiles = [
  '^src/db/schema[.]ts$', // gathers every feature's tables for Drizzle and the migrations check
  '^src/http/auth-hooks[.]ts$', // reads the session of every request (features/auth)
  '^src/http/api-rate-limit[.]ts$', // counts requests in the rate-limits feature's windows
];

/** Pure rules (no I/O): the policies and the named domain files below. */
const domainFiles = [
  '-policy[.]ts$',
  '^src/features/projects/(project-stages|consortium-budget)[.]ts$',
  '^src/features/calls/call-status[.]ts$',
  '^src/features/network/network-(graph|layout)[.]ts$',
  '^src/features/audit/(diff-snapshots|readable-changes|history-fields)[.]ts$',
  '^src/features/csv-import/csv-fields[.]ts$',
  '^src/features/tagging/(detect-language|normalize-text)[.]ts$',
  '^src/shared/(calendar-days|date-style|file-names|locales|localised-texts|localised-text-choice|roles|text-normalize|uuid)[.]ts$',
];

/** What the server may import besides these is I/O: the database, the HTTP server, mail, files. */
const ioModules = [
  '^src/db/',
  '^src/http/',
  '^src/server/',
  '[.](table|service|routes)[.]ts$',
  '(^|/)node_modules/(drizzle-orm|pg|@electric-sql/pglite|fastify|@fastify/[^/]+|nodemailer|openid-client)/',
];
const ioCoreModules = '^(node:)?(fs|fs/promises|net|http|https|http2|tls|dgram|dns|child_process|worker_threads|cluster)$';

/** Server modules the web app may import for their values (types may come from anywhere). */
const webAllowedServerFiles = [
  '[.]schemas[.]ts$',
  '^src/shared/(calendar-days|date-style|file-names|locales|localised-texts|localised-text-choice|roles|text-normalize|uuid)[.]ts$',
  '^src/features/tagging/detect-language[.]ts$', // the language of an offer, estimated as one types
  '^src/features/csv-import/csv-fields[.]ts$', // the columns an import may map
  '^src/features/audit/history-fields[.]ts$', // how each field of a history is shown
];

/** A feature's public surface: its index.ts and, for now, its zod schemas (types for the web). */
const publicSurface = [
  '^src/features/[^/]+/index[.]ts$',
  '^src/features/[^/]+/[^/]+[.]schemas[.]ts$',
  '^src/features/[^/]+/[^/]+/[^/]+[.]schemas[.]ts$', // a sub-feature's, e.g. projects/work-plan
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-feature-cycles',
      comment:
        'Features must not depend on each other in a circle (all imports count, types too): ' +
        'move the shared part down, or let the lower feature offer a query function or an event.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/features/([^/]+)' },
      to: { path: '^src/features/', pathNot: '^src/features/$1(/|$)', circular: true },
    },
    {
      name: 'no-feature-internals',
      comment:
        "Another feature is used through its public module src/features/<f>/index.ts (and its " +
        '*.schemas.ts for types), never through its tables, services or other files.',
      severity: 'error',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/', pathNot: ['^src/features/$1/', ...publicSurface] },
    },
    {
      name: 'no-feature-internals-from-outside',
      comment:
        'The CLI, the server and the shared layers use a feature through its public module ' +
        'src/features/<f>/index.ts (and its *.schemas.ts), like other features do.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/features/', '^src/web/', ...wiringFiles] },
      to: { path: '^src/features/', pathNot: publicSurface },
    },
    {
      name: 'core-imports-no-feature',
      comment:
        'src/db, src/shared and src/http sit below the features and import none of them; only the ' +
        'wiring files listed in .dependency-cruiser.cjs may.',
      severity: 'error',
      from: { path: '^src/(db|shared|http)/', pathNot: wiringFiles },
      to: { path: '^src/features/' },
    },
    {
      name: 'domain-is-pure',
      comment:
        'Policies and the other pure domain files import no I/O (database, tables, services, ' +
        'routes, HTTP, files); type-only imports are fine.',
      severity: 'error',
      from: { path: domainFiles },
      to: { path: ioModules, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'domain-is-pure-core',
      comment: 'Policies and the other pure domain files use no Node.js I/O module.',
      severity: 'error',
      from: { path: domainFiles },
      to: { dependencyTypes: ['core'], path: ioCoreModules },
    },
    {
      name: 'web-imports-only-schemas',
      comment:
        'The web app talks to the server through the API only: from server code it imports ' +
        'types, *.schemas.ts and the pure modules listed in .dependency-cruiser.cjs.',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { path: '^src/(?!web/)', pathNot: webAllowedServerFiles, dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: {
      path: [
        '[.]test[.]tsx?$',
        '^src/testing/',
        '(^|/|-)test-(world|helpers|server|database)[.]ts$',
        // The labelled evaluations (npm run eval:*) load their fixtures through other features
        // (interchange) like a test sets up its world; the server never imports them.
        '^src/features/[^/]+/evaluation/',
        ...wiringFiles,
      ],
    },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: {
      archi: { collapsePattern: '^src/(features|web/features)/[^/]+|^src/[^/]+|^node_modules/[^/]+' },
      text: { highlightFocused: true },
    },
  },
};
