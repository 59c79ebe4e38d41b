/**
 * A publishing worker process for the fault tests: the real PublishWorker.run() loop (with its
 * back-off) on DATABASE_URI, publishing contentBuild pages into <root>/{sites,releases}.
 * Appends `build <host>`, `swap <host> <gen>` and `done <host> <gen>` lines to
 * <root>/worker-<pid>.log; stops cleanly on SIGTERM (exit code 0). Its options
 * (faultWorkerOptions) come as one JSON argument.
 */
import { appendFileSync } from 'node:fs'
import path from 'node:path'
import { bootPayload } from '../../../cms/lib/bootPayload'
import { PublishWorker } from '../../../publishing/worker/publishWorker'
import { readChildOptions } from '../../../tools/lib/childOptions'
import { contentBuild } from './contentBuild'
import { faultWorkerOptions } from './faultWorkerOptions'

const { root, batch, leaseMs, buildDelayMs } = readChildOptions(faultWorkerOptions, 'fault worker')
const log = path.join(root, `worker-${process.pid}.log`)
const payload = await bootPayload()
const worker = new PublishWorker(payload, {
  dirs: { live: path.join(root, 'sites'), releases: path.join(root, 'releases') },
  workDir: path.join(root, 'work'),
  batchSize: batch,
  leaseMs,
  pollMs: 100,
  retryMs: 200,
  maxBackoffMs: 2000,
  id: `w${process.pid}`,
  build: contentBuild((host) => appendFileSync(log, `build ${host}\n`), buildDelayMs),
  onSwapped: (host, gen) => appendFileSync(log, `swap ${host} ${gen}\n`),
  onPublished: (site) => appendFileSync(log, `done ${site.host} ${site.gen}\n`),
})
process.on('SIGTERM', () => worker.stop())
appendFileSync(log, 'ready\n')
console.log(`ready ${worker.id}`)
await worker.run()
await payload.destroy().catch(() => {})
process.exit(0)
