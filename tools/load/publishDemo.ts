/**
 * Child process of `npm run test:load`: the demo federation seeded and every site published the
 * way `npm start` does it (bootPayload, importBundle, a PublishWorker through publishEverything),
 * on the DATABASE_URI / DATA_DIR / SITES_DIR it is given. Prints one RESULT line of JSON.
 * A process of its own: Payload keeps one configuration per process, and part 2 needs others.
 */
import path from 'node:path'
import { importBundle } from '../../cms/import/importBundle'
import { changedCount } from '../../cms/import/importReport'
import { PROJECT_ROOT } from '../../config/paths'
import { loadBundle } from '../../content/lib/loadBundle'
import { publishDirs } from '../../publishing/worker/publishDirs'
import { publishEverything } from '../../publishing/worker/publishEverything'
import { PublishWorker } from '../../publishing/worker/publishWorker'
import { runWithPayload } from '../lib/runWithPayload'

const secondsSince = (t: number) => Number(((performance.now() - t) / 1000).toFixed(1))

let started = performance.now()
const bundle = loadBundle(path.join(PROJECT_ROOT, 'content', 'demo'))
await runWithPayload(async (payload) => {
  const report = await importBundle(payload, bundle)
  const seedSeconds = secondsSince(started)
  console.log(`  demo seeded: ${changedCount(report)} documents in ${seedSeconds} s`)
  started = performance.now()
  const dirs = publishDirs()
  const worker = new PublishWorker(payload, {
    dirs,
    workDir: dirs.work,
    pollMs: 300,
    log: (line) => console.log(`  ${line}`),
  })
  const published = await publishEverything(worker, payload)
  console.log(
    `  published ${published.pages} files on ${published.published} hosts in ${published.seconds.toFixed(1)} s`,
  )
  if (published.failed > 0) throw new Error(`${published.failed} site(s) did not build`)
  const result = { seedSeconds, publishSeconds: secondsSince(started), ...published }
  console.log(`RESULT ${JSON.stringify(result)}`)
})
