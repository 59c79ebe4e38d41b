/** Writes one validated snapshot per organization: `npm run export -- [--out dist/snapshots]`. */
import '../tools/lib/signsNoLogins'
import { resolve } from 'node:path'
import { exportSnapshots } from '../publishing/snapshot/exportSnapshots'
import { runWithPayload } from '../tools/lib/runWithPayload'

const outIndex = process.argv.indexOf('--out')
const outDir = resolve(outIndex > 0 ? process.argv[outIndex + 1]! : 'dist/snapshots')
const started = performance.now()
await runWithPayload(
  async (payload) => {
    const { sites, items } = await exportSnapshots(payload, outDir)
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    console.log(`Exported ${sites} snapshots (${items} feed items) to ${outDir} in ${seconds} s`)
  },
  (error) => (error instanceof Error ? error.message : String(error)),
)
