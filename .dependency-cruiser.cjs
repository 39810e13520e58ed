/**
 * The import rules of the code's layers (README, "How it works"), checked by dependency-cruiser from
 * test/structure/imports.test.ts, so `npm test` fails when one is broken. Type-only imports count: a type
 * imported the wrong way is still the wrong way (and a circle of types is still a circle).
 *
 * Run by hand: npx depcruise --config .dependency-cruiser.cjs --ignore-known src
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles anywhere in src/: give what two modules share a module of its own.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'repositories-not-services',
      severity: 'error',
      comment: 'Repositories hold the SQL and never import from services; a shape both need lives in src/domain.ts.',
      from: { path: '^src/db/repositories/' },
      to: { path: '^src/services/' },
    },
    {
      name: 'services-not-bolt',
      severity: 'error',
      comment: 'Services hold the rules and never import Bolt.',
      from: { path: '^src/services/' },
      to: { path: '(^|/)(node_modules/)?@slack/bolt(/|$)' },
    },
    {
      name: 'listeners-not-repositories',
      severity: 'error',
      comment:
        'Listeners hold no SQL: they call services, not repositories. Types of stored rows may be imported. ' +
        'The imports older than this rule are listed in .dependency-cruiser-known-violations.json.',
      from: { path: '^src/listeners/' },
      to: { path: '^src/db/repositories/', dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    moduleSystems: ['cjs', 'es6'],
  },
};
