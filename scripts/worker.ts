/**
 * `npm run worker`: a publishing worker. Takes recorded changes and pending sites from the
 * database, renders them in batches with the long-lived Astro renderer and swaps each site in
 * atomically. Start as many as you like, on one machine or several sharing the database and
 * SITES_DIR.
 *
 *   npm run worker [-- --once] [--all] [--batch 500] [--lease 120] [--wait-db 600] [--verbose]
 *
 * --wait-db: how long to wait, at start, for a database that cannot be reached yet (seconds).
 */
import '../tools/lib/signsNoLogins'
import { parseArgs } from 'node:util'
import { bootPayload } from '../cms/lib/bootPayload'
import { bootWhenReady } from '../publishing/worker/bootWhenReady'
import { publishEverything } from '../publishing/worker/publishEverything'
import { publishDirs } from '../publishing/worker/publishDirs'
import { PublishWorker } from '../publishing/worker/publishWorker'

const { values } = parseArgs({
  options: {
    once: { type: 'boolean', default: false },
    all: { type: 'boolean', default: false },
    batch: { type: 'string', default: '500' },
    lease: { type: 'string', default: '120' },
    'wait-db': { type: 'string', default: '600' },
    verbose: { type: 'boolean', default: false },
  },
})
const batchSize = Number(values.batch)
const leaseMs = Number(values.lease) * 1000
const waitDbMs = Number(values['wait-db']) * 1000
if (!Number.isInteger(batchSize) || batchSize < 1 || !(leaseMs >= 5000) || !(waitDbMs >= 0)) {
  console.error(
    'Usage: npm run worker -- [--once] [--all] [--batch <sites per batch ≥ 1>] [--lease <seconds ≥ 5>] [--wait-db <seconds ≥ 0>] [--verbose]',
  )
  process.exit(2)
}

const payload = await bootWhenReady(bootPayload, { maxWaitMs: waitDbMs })
const dirs = publishDirs()
const worker = new PublishWorker(payload, {
  dirs,
  workDir: dirs.work,
  batchSize,
  leaseMs,
  verbose: values.verbose,
})
// Before the first line is printed: a supervisor (or a test) may send SIGTERM as soon as it reads
// it, and a signal with no listener yet kills the process. Until the worker runs, a stop ends the
// process at once, cleanly (a release is atomic, so nothing is left half-written); once it runs,
// it finishes the round in hand. `--once` keeps the default: it ends by itself.
let running = false
if (!values.once) {
  const stop = () => (running ? worker.stop() : process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
const stale = await worker.warmUp()
console.log(`Publishing worker ${worker.id}: sites in ${dirs.live}`)
if (stale > 0) console.log(`  ${stale} site(s) rendered by older templates or themes: queued`)
if (values.all) {
  const report = await publishEverything(worker, payload)
  console.log(
    `Published ${report.published} site(s) (${report.pages} files) in ${report.seconds.toFixed(1)} s`,
  )
}
if (values.once) {
  while (await worker.runOnce()) {
    /* until the queue is empty */
  }
  await worker.tidy()
  await payload.destroy()
  process.exit(0)
}
running = true
await worker.run()
await payload.destroy()
process.exit(0)
