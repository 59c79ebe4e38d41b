/**
 * The house's one direction of imports (docs/ARCHITECTURE.md, «Layers»), checked in `npm test`
 * (`npm run check:boundaries`):
 *
 *   domain  ←  cms  ←  publishing  →  site        config: read by every layer
 *   themes, content: domain only (and config)      serving: the built sites' server
 *
 * scripts/ are entry points (anything may be wired there; nothing imports them); tools/ are
 * developer commands and harnesses the product never imports; tests may import anything.
 */
const LAYERS = ['domain', 'config', 'themes', 'content', 'site', 'cms', 'publishing', 'serving']
const OUTSIDE_PRODUCT = ['scripts', 'tools', 'tests']

/** A layer may import itself, npm packages and the layers listed; any other folder is an error. */
const layer = (name, mayImport) => {
  const forbidden = [...LAYERS, ...OUTSIDE_PRODUCT].filter(
    (other) => other !== name && !mayImport.includes(other),
  )
  return {
    name: `${name}-imports-only-${mayImport.join('-') || 'itself'}`,
    comment: `${name}/ may import ${mayImport.join(', ') || 'nothing of the project'}`,
    severity: 'error',
    from: { path: `^${name}/` },
    to: { path: `^(${forbidden.join('|')})/` },
  }
}

module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'domain/ holds the rules as pure TypeScript: it imports nothing but zod and itself',
      severity: 'error',
      from: { path: '^domain/' },
      to: { pathNot: ['^domain/', '^node_modules/zod/'] },
    },
    {
      name: 'config-imports-only-zod-and-node',
      comment: 'config/ is read by every layer, so it imports none of them',
      severity: 'error',
      from: { path: '^config/' },
      to: { pathNot: ['^config/', '^node_modules/zod/'], dependencyTypesNot: ['core'] },
    },
    layer('themes', ['domain']),
    layer('content', ['domain', 'config']),
    layer('site', ['domain', 'config', 'themes']),
    layer('cms', ['domain', 'config', 'content', 'themes']),
    layer('publishing', ['domain', 'config', 'cms', 'site', 'themes']),
    layer('serving', ['domain', 'config', 'site']),
    {
      name: 'nothing-imports-entry-points',
      comment: 'scripts/ only wire: a command is run, never imported',
      severity: 'error',
      from: {},
      to: { path: '^scripts/' },
    },
    {
      name: 'tools-are-not-product',
      comment:
        'developer tools (bench, load, checks, demo, test runner) are not part of the product',
      severity: 'error',
      from: { path: '^(tools)/' },
      to: { path: '^tests/' },
    },
    {
      name: 'no-circular',
      comment: 'a cycle of runtime imports means two files are one concern, or a rule is misplaced',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Generated folders inside the project; npm packages are kept (listed, not followed), so
    // the rules see what each layer takes from them.
    exclude: {
      path: '^cms/\\.next/|^site/(\\.astro|dist)/|^cms/payload-types\\.ts$|^cms/migrations/',
    },
    // The check runs on a staged copy whose node_modules is a link to the real one.
    preserveSymlinks: true,
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    extraExtensionsToScan: ['.astro'],
  },
}
