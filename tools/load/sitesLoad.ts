import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { failingRequests } from './checkRequests'
import { serveWithNginx } from './nginxSites'
import { runChild } from './runChild'
import { runWrk } from './runWrk'
import { missingKinds, siteRequests } from './siteRequests'
import type { WrkReport } from './wrkReport'
import { wrkProblems } from './wrkReport'

export interface SitesLoadResult {
  hosts: number
  urls: number
  files: number
  seconds: { seedAndPublish: number; wrk: number }
  wrk: WrkReport
  /** Empty when the run passed. */
  problems: string[]
}

interface Published {
  seedSeconds: number
  publishSeconds: number
  published: number
  pages: number
}

/**
 * Part 1: the demo seeded and published in a child process (SQLite in `root`), served by nginx
 * with the generated config on 127.0.0.1, every URL of the list checked once, then wrk rotating
 * over the list. Problems (a URL not answering 200, any wrk error) are returned, not thrown, so
 * the summary still prints the figures.
 */
export async function sitesLoad(
  root: string,
  wrk: { threads: number; connections: number; seconds: number },
): Promise<SitesLoadResult> {
  const dataDir = path.join(root, 'data')
  const liveDir = path.join(root, 'sites')
  const mediaDir = path.join(dataDir, 'uploads')
  mkdirSync(dataDir, { recursive: true })
  const started = performance.now()
  const published = await runChild<Published>(
    'tools/load/publishDemo.ts',
    {
      DATA_DIR: dataDir,
      DATABASE_URI: `file:${path.join(dataDir, 'union-sites.db')}`,
      SITES_DIR: liveDir,
      UNION_SITES_DEV: '1',
      JOBS_AUTORUN: '0',
    },
    600_000,
  )
  const seedAndPublish = (performance.now() - started) / 1000
  const requests = siteRequests(liveDir, mediaDir)
  const hosts = [...new Set(requests.map((r) => r.host))]
  const problems = missingKinds(requests).map((kind) => `the request list has no ${kind}`)
  const nginx = await serveWithNginx({
    liveDir,
    mediaDir,
    hosts,
    prefix: path.join(root, 'nginx'),
  })
  try {
    console.log(
      `  nginx on 127.0.0.1:${nginx.port}; ${requests.length} URLs on ${hosts.length} hosts`,
    )
    const failing = await failingRequests(nginx.port, requests)
    if (failing.length > 0) {
      problems.push(`${failing.length} URL(s) did not answer 200:`, ...failing.slice(0, 20))
      throw new Error(problems.join('\n  '))
    }
    console.log(
      `  every URL answered 200; wrk -t${wrk.threads} -c${wrk.connections} -d${wrk.seconds}s …`,
    )
    const wrkStarted = performance.now()
    const { report, output } = await runWrk({ port: nginx.port, requests, dir: root, ...wrk })
    const found = wrkProblems(report)
    if (found.length > 0) problems.push(...found.map((p) => `wrk: ${p}`), output)
    return {
      hosts: hosts.length,
      urls: requests.length,
      files: published.pages,
      seconds: { seedAndPublish, wrk: (performance.now() - wrkStarted) / 1000 },
      wrk: report,
      problems,
    }
  } finally {
    await nginx.stop()
  }
}
