/**
 * A publishing worker process for the fault tests: the real PublishWorker.run() loop (with its
 * back-off) on DATABASE_URI, publishing contentBuild pages into FAULT_ROOT/{sites,releases}.
 * Appends `build <host>`, `swap <host> <gen>` and `done <host> <gen>` lines to
 * FAULT_ROOT/worker-<pid>.log; stops cleanly on SIGTERM (exit code 0).
 */
import { appendFileSync } from 'node:fs'
import path from 'node:path'
import { bootPayload } from '../../../cms/lib/bootPayload'
import { PublishWorker } from '../../../publishing/worker/publishWorker'
import { contentBuild } from './contentBuild'

const root = process.env.FAULT_ROOT!
const log = path.join(root, `worker-${process.pid}.log`)
const payload = await bootPayload()
const worker = new PublishWorker(payload, {
  dirs: { live: path.join(root, 'sites'), releases: path.join(root, 'releases') },
  workDir: path.join(root, 'work'),
  batchSize: Number(process.env.BATCH ?? 10),
  leaseMs: Number(process.env.LEASE_MS ?? 5000),
  pollMs: 100,
  retryMs: 200,
  maxBackoffMs: 2000,
  id: `w${process.pid}`,
  build: contentBuild(
    (host) => appendFileSync(log, `build ${host}\n`),
    Number(process.env.BUILD_DELAY_MS ?? 0),
  ),
  onSwapped: (host, gen) => appendFileSync(log, `swap ${host} ${gen}\n`),
  onPublished: (site) => appendFileSync(log, `done ${site.host} ${site.gen}\n`),
})
process.on('SIGTERM', () => worker.stop())
appendFileSync(log, 'ready\n')
console.log(`ready ${worker.id}`)
await worker.run()
await payload.destroy().catch(() => {})
process.exit(0)
