/**
 * The folder boundaries of ARCHITECTURE.md, checked on every `npm test`.
 * Tests (`*.test.ts(x)`) may reach across boundaries to set things up; production code may not.
 */
const notTest = '\\.test\\.tsx?$'

module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'src/domain is shared by the mini-program and the functions: no Taro, no CloudBase, no React, no Node built-ins.',
      severity: 'error',
      from: { path: '^src/domain/', pathNot: notTest },
      to: {
        pathNot: ['^src/domain/', '^node_modules/(valibot|gcoord)/'],
      },
    },
    {
      name: 'domain-no-node-builtins',
      severity: 'error',
      from: { path: '^src/domain/', pathNot: notTest },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'features-are-isolated',
      comment: 'A feature never imports another feature; shared code lives in src/lib, src/ui or src/domain.',
      severity: 'error',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/', pathNot: '^src/features/$1/' },
    },
    {
      name: 'imports-flow-down',
      comment: 'pages (tab pages in src/pages, subpackage pages in src/packages) → features → lib/ui → domain; never upwards.',
      severity: 'error',
      from: { path: '^src/(features|lib|ui|domain)/' },
      to: { path: '^src/(pages|packages)/' },
    },
    {
      name: 'shared-client-code-knows-no-feature',
      severity: 'error',
      from: { path: '^src/(lib|ui)/' },
      to: { path: '^src/features/' },
    },
    {
      name: 'pages-do-not-import-pages',
      comment: 'A page is a shell over features; what two pages share belongs in a feature.',
      severity: 'error',
      from: { path: '^src/(pages|packages/[^/]+)/([^/]+)/' },
      to: { path: '^src/(pages|packages)/', pathNot: '^src/$1/$2/' },
    },
    {
      name: 'client-stays-client',
      comment: 'The mini-program never bundles server, emulator or script code (its tests may use test/ helpers).',
      severity: 'error',
      from: { path: '^src/', pathNot: notTest },
      to: { path: '^(cloudfunctions|emulator|scripts|test)/' },
    },
    {
      name: 'functions-are-isolated',
      comment: 'A cloud function never imports another function; shared server code lives in cloudfunctions/runtime.',
      severity: 'error',
      from: { path: '^cloudfunctions/([^/]+)/' },
      to: { path: '^cloudfunctions/', pathNot: ['^cloudfunctions/$1/', '^cloudfunctions/runtime/'] },
    },
    {
      name: 'functions-share-only-the-domain',
      comment: 'Functions use the shared contracts and rules, never client code.',
      severity: 'error',
      from: { path: '^cloudfunctions/' },
      to: { path: '^(src/(?!domain/)|emulator/|scripts/|test/)' },
    },
    {
      name: 'emulator-knows-no-product',
      comment: 'The emulator is a general CloudBase emulator.',
      severity: 'error',
      from: { path: '^emulator/' },
      to: { path: '^(src|cloudfunctions|scripts|test)/' },
    },
    {
      name: 'production-code-does-not-import-tests',
      severity: 'error',
      from: { path: '^(src|cloudfunctions|emulator/src|scripts)/', pathNot: notTest },
      to: { path: '(^test/|\\.test\\.tsx?$|/test/)' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|\\.emulator-data)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.cjs', '.mjs', '.json'],
    },
  },
}
