/**
 * `npm run check:boundaries`: fails on any import against the house's direction
 * (docs/ARCHITECTURE.md, «Layers»; the rules: .dependency-cruiser.cjs).
 */
import { checkBoundaries } from '../tools/checks/boundaries'

const report = checkBoundaries(process.cwd())
for (const v of report.violations) console.error(`  ${v.rule}: ${v.from} → ${v.to}`)
if (report.violations.length > 0) {
  console.error(`${report.violations.length} imports against the direction of the layers.`)
  process.exit(1)
}
console.log(
  `No import against the direction of the layers (${report.modules} modules, ${report.dependencies} imports).`,
)
