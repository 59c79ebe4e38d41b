/**
 * Builds every site snapshot in a folder with ONE astro build and reports the throughput:
 *   tsx scripts/build-sites.ts --snapshots <dir> --out <dir> [--verbose]
 * Snapshots are validated first, so a bad one fails in a second, naming its org and fields.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { readSites } from '../site/src/data/loadSites'
import { runAstroBuild } from '../publishing/render/astroBuild'

const { values } = parseArgs({
  options: {
    snapshots: { type: 'string' },
    out: { type: 'string', default: 'dist/sites' },
    verbose: { type: 'boolean', default: false },
  },
})

if (!values.snapshots) {
  console.error('Usage: tsx scripts/build-sites.ts --snapshots <dir> [--out <dir>] [--verbose]')
  process.exit(2)
}
const snapshots = path.resolve(values.snapshots)
const out = path.resolve(values.out)

let siteCount: number
try {
  siteCount = (await readSites(snapshots)).length
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}

console.log(`Building ${siteCount} site(s) from ${snapshots} into ${out} …`)
const result = await runAstroBuild({ snapshots, out, stream: values.verbose })
if (!result.ok) {
  if (!values.verbose) console.error(result.log.split('\n').slice(-40).join('\n'))
  console.error(
    `✘ astro build failed (exit code ${result.exitCode}) after ${result.seconds.toFixed(1)} s`,
  )
  process.exit(1)
}

const rate = result.pages / result.seconds
console.log(`✔ ${result.pages} pages of ${siteCount} site(s) in ${result.seconds.toFixed(1)} s`)
console.log(`  ${rate.toFixed(0)} pages/s (wall clock, including Astro's fixed start-up of ~2 s)`)
console.log(
  `  peak RSS of the astro process: ${result.peakRssMb === undefined ? 'unknown' : `${result.peakRssMb} MB`}`,
)
