import type { Payload } from 'payload'
import { OrgDirectory } from '../../cms/export/orgDirectory'
import { openQueue } from '../../cms/publishing/queue/openQueue'
import { hostMarks } from '../../cms/publishing/siteHosts'
import type { PublishWorker } from './publishWorker'

/**
 * Rebuilds every site through the queue (after a deploy of new templates or themes): all hosts
 * are marked, then this worker works until nothing is left. Other workers may help.
 */
export async function publishEverything(
  worker: PublishWorker,
  payload: Payload,
): Promise<{
  published: number
  failed: number
  /** The hosts that failed (their error is on their row of site-builds). */
  failedHosts: string[]
  pages: number
  seconds: number
}> {
  const started = performance.now()
  await worker.expand()
  const directory = await OrgDirectory.load(payload)
  await openQueue(payload).mark(hostMarks(directory, null), 'Полная пересборка')
  let published = 0
  const failedHosts: string[] = []
  let pages = 0
  for (;;) {
    const report = await worker.runOnce()
    if (!report) break
    published += report.published.length
    failedHosts.push(...report.failed)
    pages += report.pages
  }
  return {
    published,
    failed: failedHosts.length,
    failedHosts,
    pages,
    seconds: (performance.now() - started) / 1000,
  }
}
