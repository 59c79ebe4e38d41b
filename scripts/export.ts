/** Writes one validated snapshot per organization: `npm run export -- [--out dist/snapshots]`. */
import '../tools/lib/signsNoLogins'
import { resolve } from 'node:path'
import { exportSnapshots } from '../publishing/snapshot/exportSnapshots'
import { bootPayload } from '../cms/lib/bootPayload'

const outIndex = process.argv.indexOf('--out')
const outDir = resolve(outIndex > 0 ? process.argv[outIndex + 1]! : 'dist/snapshots')
const started = performance.now()
const payload = await bootPayload()
try {
  const { sites, items } = await exportSnapshots(payload, outDir)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`Exported ${sites} snapshots (${items} feed items) to ${outDir} in ${seconds} s`)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
} finally {
  await payload.destroy()
}
process.exit()
