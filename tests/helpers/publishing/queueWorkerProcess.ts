/**
 * A publishing worker process for the multi-worker test: the real PublishWorker and queue on the
 * database in DATABASE_URI, with the tiny build step. It appends one line per build and per
 * completion to its own log, and exits after the queue stayed empty for `idleMs`. Its options
 * (queueWorkerOptions) come as one JSON argument.
 */
import { appendFileSync } from 'node:fs'
import path from 'node:path'
import { bootPayload } from '../../../cms/lib/bootPayload'
import { PublishWorker } from '../../../publishing/worker/publishWorker'
import { readChildOptions } from '../../../tools/lib/childOptions'
import { queueWorkerOptions } from './queueWorkerOptions'
import { tinyBuild } from './tinyBuild'

const { root, idleMs, batch } = readChildOptions(queueWorkerOptions, 'queue worker')
const log = path.join(root, `worker-${process.pid}.log`)
const payload = await bootPayload()
const worker = new PublishWorker(payload, {
  dirs: { live: path.join(root, 'sites'), releases: path.join(root, 'releases') },
  workDir: path.join(root, 'work'),
  batchSize: batch,
  leaseMs: 60_000,
  id: `w${process.pid}`,
  build: tinyBuild((host) => appendFileSync(log, `build ${host}\n`)),
  onPublished: (site) => appendFileSync(log, `done ${site.host} ${site.gen}\n`),
})
appendFileSync(log, 'ready\n')
let idleSince = Date.now()
while (Date.now() - idleSince < idleMs) {
  const report = await worker.runOnce()
  if (report) idleSince = Date.now()
  else await new Promise((r) => setTimeout(r, 50))
}
await payload.destroy()
process.exit(0)
