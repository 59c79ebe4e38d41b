import { resolve } from 'node:path'
import type { Payload } from 'payload'
import { bootPayload } from '../../cms/lib/bootPayload'
import { databaseUri } from '../../cms/db/databaseUri'
import { importBundle } from '../../cms/import/importBundle'
import { importMonitoringDemo } from '../../cms/import/importMonitoringDemo'
import { changedCount } from '../../cms/import/importReport'
import { loadBundle, type Bundle } from '../../content/lib/loadBundle'
import { publishDirs } from '../../publishing/worker/publishDirs'
import { publishEverything } from '../../publishing/worker/publishEverything'
import { PublishWorker } from '../../publishing/worker/publishWorker'

export const secondsSince = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`

export interface PublishedDemoFederation {
  bundle: Bundle
  payload: Payload
  worker: PublishWorker
  dirs: ReturnType<typeof publishDirs>
}

/**
 * The first half of `npm start`: boots Payload, loads the demo bundle (idempotent) and publishes
 * every site through the publishing queue, printing how long each step took. Throws when a site
 * did not build.
 */
export async function loadAndPublishDemo(
  bundleDir: string,
  started: number,
): Promise<PublishedDemoFederation> {
  console.log(`Database: ${databaseUri()}`)
  const bundle = loadBundle(resolve(bundleDir))
  const payload = await bootPayload()
  console.log(`Payload started in ${secondsSince(started)}`)
  const seedStart = performance.now()
  const report = await importBundle(payload, bundle)
  // The monitoring's deliberate mix (issue 18): the healthy orgs' recent news before publishing,
  // so they are on the sites too; the four past quarters after it (below).
  const monitoringDemo = (parts: { news?: boolean; history?: boolean }) =>
    importMonitoringDemo(payload, resolve(bundleDir), bundle.manifest.namespace, new Date(), parts)
  await monitoringDemo({ news: true })
  console.log(
    `Demo federation loaded in ${secondsSince(seedStart)} (${changedCount(report)} documents written; unchanged ones skipped)`,
  )
  // Every site is rebuilt at start (templates may have changed); afterwards the worker
  // republishes exactly the sites each edit in the admin touches.
  const dirs = publishDirs()
  const worker = new PublishWorker(payload, { dirs, workDir: dirs.work, pollMs: 300 })
  const published = await publishEverything(worker, payload)
  if (published.failed > 0) {
    throw new Error(
      `${published.failed} site(s) did not build: see "Публикация сайтов" in the admin.`,
    )
  }
  console.log(
    `Published ${published.pages} files (pages and feeds) on ${published.published} hosts in ${published.seconds.toFixed(1)} s`,
  )
  await monitoringDemo({ history: true })
  return { bundle, payload, worker, dirs }
}
