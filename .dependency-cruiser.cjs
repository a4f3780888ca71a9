// Import rules of gongkai's architecture (docs: architecture.md, style.md), checked by `npm test` (`npm run lint`).
// test/architecture.test.ts runs these rules on a fixture that breaks each of them, so none can silently stop working.
/** Delivery rooms: they translate input into a use case call and the result into output. */
const DELIVERY = '^src/(http|admin|portal|api|cli)/';
/** Where Kysely may be imported as a value: store files, db/, and (for now) search/search.ts, whose dialect-specific
 * full-text queries were being rewritten while these rules came in: it should become search/store.ts. */
const SQL_ALLOWED = '(store[^/]*\\.ts$|^src/db/|^src/search/search\\.ts$)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycle anywhere in src/: a cycle ties its files into one unit that can only change together.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'domain-not-to-delivery',
      severity: 'error',
      comment:
        'Domain rooms never import a delivery room (http/, admin/, portal/, api/, cli/): delivery calls the domain, not the reverse.',
      from: { path: '^src/', pathNot: [DELIVERY, '^src/(main|serve)\\.ts$', '\\.test\\.ts$'] },
      to: { path: DELIVERY },
    },
    {
      name: 'kysely-only-in-stores',
      severity: 'error',
      comment: 'Kysely queries and SQL only in store files (*store*.ts) and src/db/; elsewhere only its types.',
      from: { path: '^src/', pathNot: [SQL_ALLOWED, '\\.test\\.ts$'] },
      to: { path: 'node_modules/kysely/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'src-not-to-test',
      severity: 'error',
      comment: 'Production code never imports test material (test/, fixtures, samples).',
      from: { path: '^src/', pathNot: '\\.test\\.ts$' },
      to: { path: '^test/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that cannot be resolved is a typo or a missing dependency.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)test/fixtures/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
