import { describe, expect, it } from 'vitest'
import { astroImports, checkBoundaries } from '../../tools/checks/boundaries'

const ROOT = process.cwd()

describe('the boundary check (dependency-cruiser, .dependency-cruiser.cjs)', () => {
  it('finds exactly the wrong imports planted into a copy of the tree, and none besides', () => {
    const report = checkBoundaries(ROOT, {
      // The domain layer reaching into the configuration (domain is pure: zod only).
      'domain/org/plantedConfigRead.ts': `import { PROJECT_ROOT } from '../../config/paths'\nexport const root = PROJECT_ROOT\n`,
      // A type-only import of an npm package other than zod counts too.
      'domain/access/plantedWhere.ts': `import type { Where } from 'payload'\nexport type W = Where\n`,
      // A site page importing the CMS, in an Astro component's frontmatter.
      'site/src/components/PlantedCms.astro': `---\nimport config from '../../../cms/payload.config'\nconst c = config\n---\n<p>{String(c)}</p>\n`,
      // The CMS importing the publishing worker (publishing imports cms, not the reverse).
      'cms/plantedWorker.ts': `import { runRound } from '../publishing/worker/plantedRound'\nexport const r = runRound\n`,
      'publishing/worker/plantedRound.ts': `export const runRound = () => 1\n`,
      // A runtime cycle inside one layer.
      'domain/text/plantedA.ts': `import { b } from './plantedB'\nexport const a = () => b()\n`,
      'domain/text/plantedB.ts': `import { a } from './plantedA'\nexport const b = (): number => (a ? 1 : 0)\n`,
    })
    const found = report.violations.map((v) => `${v.rule}: ${v.from}`).sort()
    expect(found).toEqual(
      [
        'cms-imports-only-domain-config-content-themes: cms/plantedWorker.ts',
        'domain-is-pure: domain/access/plantedWhere.ts',
        'domain-is-pure: domain/org/plantedConfigRead.ts',
        'no-circular: domain/text/plantedA.ts',
        'site-imports-only-domain-config-themes: site/src/components/PlantedCms.astro',
      ].sort(),
    )
    expect(report.modules).toBeGreaterThan(600)
  }, 120_000)

  it('reads the imports of an Astro component from its frontmatter and bundled scripts only', () => {
    const source = [
      '---',
      "import Base from '../layouts/Base.astro'",
      '---',
      '<Base><p>import nothing from here</p></Base>',
      "<script>import { enhance } from '../lib/a11y'; enhance()</script>",
      "<script is:inline>import('/never-bundled.js')</script>",
    ].join('\n')
    const module = astroImports(source)
    expect(module).toContain("import Base from '../layouts/Base.astro'")
    expect(module).toContain("import { enhance } from '../lib/a11y'")
    expect(module).not.toContain('never-bundled')
    expect(module).not.toContain('import nothing')
  })
})
