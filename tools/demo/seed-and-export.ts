/**
 * Seeds a content bundle into the database of DATABASE_URI / DATA_DIR and writes one snapshot
 * per organization, in one Payload start (each start costs seconds):
 *   tsx tools/demo/seed-and-export.ts --out <snapshots dir> [--bundle content/demo]
 * Used by demoSites.ts, which runs it with a fresh temporary DATA_DIR.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { exportSnapshots } from '../../publishing/snapshot/exportSnapshots'
import { importBundle } from '../../cms/import/importBundle'
import { changedCount } from '../../cms/import/importReport'
import { PROJECT_ROOT } from '../../config/paths'
import { BundleError } from '../../content/lib/bundleError'
import { loadBundle } from '../../content/lib/loadBundle'
import { runWithPayload } from '../lib/runWithPayload'

const { values } = parseArgs({
  options: { out: { type: 'string' }, bundle: { type: 'string' } },
})
if (!values.out) {
  console.error('Usage: tsx tools/demo/seed-and-export.ts --out <snapshots dir> [--bundle <dir>]')
  process.exit(2)
}
const outDir = path.resolve(values.out)
const bundleDir = path.resolve(values.bundle ?? path.join(PROJECT_ROOT, 'content', 'demo'))
let bundle
try {
  bundle = loadBundle(bundleDir)
} catch (error) {
  console.error(error instanceof BundleError ? error.message : error)
  process.exit(1)
}
const started = performance.now()
await runWithPayload(async (payload) => {
  const report = await importBundle(payload, bundle)
  const seeded = performance.now()
  const { sites, items } = await exportSnapshots(payload, outDir)
  const secs = (a: number, b: number) => ((b - a) / 1000).toFixed(1)
  console.log(
    `Seeded ${changedCount(report)} documents in ${secs(started, seeded)} s; ` +
      `exported ${sites} snapshots (${items} feed items) in ${secs(seeded, performance.now())} s`,
  )
})
