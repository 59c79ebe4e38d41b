import { readlinkSync } from 'node:fs'
import { request } from 'node:http'
import path from 'node:path'
import type { Payload } from 'payload'
import type { OrgDirectory } from '../../cms/export/orgDirectory'
import { openQueue } from '../../cms/publishing/queue/openQueue'
import { pool } from './pool'

type Id = number | string

export interface Site {
  host: string
  basePath: string
}

export interface LatencyCase {
  label: string
  org: Id
  scope: 'own' | 'subtree'
  /** Every site that must show the new post. */
  sites: Site[]
}

export interface Latency {
  label: string
  sites: number
  /** Sites whose page was polled (all of them up to WATCH_ALL, else an even sample). */
  watched: number
  /** Seconds from just before the Local API call until the page was served, per site. */
  first: number
  median: number
  last: number
  /** Watched sites that had not served the post when the wait ran out. */
  missing: number
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** A GET with our own Host header (fetch may not set Host). */
function getPage(port: number, host: string, target: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: target, headers: { host: `${host}:${port}` }, agent: false },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        )
        res.on('error', reject)
      },
    )
    req.setTimeout(10_000, () => req.destroy(new Error(`timeout: ${host}${target}`)))
    req.on('error', reject)
    req.end()
  })
}

const linkOf = (live: string, host: string) => {
  try {
    return readlinkSync(path.join(live, host))
  } catch {
    return ''
  }
}

/** Up to this many sites are asked over HTTP on every round; more are asked once their link moved. */
const ASK_ALWAYS = 50
/**
 * Cases of up to WATCH_ALL sites watch every site; larger ones an even sample of WATCH_SAMPLE
 * (a batch of 500 out of 10,000 holds about ten of them, so the last batch is seen). Every request after a swap makes
 * the preview server re-read its whole site index, which took 550 ms at 10,000 sites: watching
 * all 10,000 (up to 10,000 × 0.55 s) would take more CPU than the builds, on the same two cores.
 */
const WATCH_ALL = 1000
const WATCH_SAMPLE = 200

/**
 * Publishes a post through the Local API and polls the preview server until every site of the
 * case serves its article page. For a wide case, asking 10,000 hosts every round would take the
 * CPU the workers need, so a site is asked once its live link changed (a readlink, nearly free);
 * the figure still ends with the preview server serving the new HTML.
 */
export async function measureLatency(
  payload: Payload,
  preview: { port: number; live: string },
  c: LatencyCase,
  timeoutMs: number,
): Promise<Latency> {
  const slug = `zamer-${Date.now().toString(36)}`
  const title = `Замер задержки публикации ${slug}`
  const step = c.sites.length <= WATCH_ALL ? 1 : Math.ceil(c.sites.length / WATCH_SAMPLE)
  const watched = c.sites.filter((_, i) => i % step === 0 || i === c.sites.length - 1)
  const before = new Map(watched.map((s) => [s.host, linkOf(preview.live, s.host)]))
  const seen = new Map<string, number>()
  const started = performance.now()
  await payload.create({
    collection: 'posts',
    data: {
      title,
      slug,
      lead: 'Проверка скорости публикации.',
      organization: c.org,
      _status: 'published',
      reach: { scope: c.scope },
    } as never,
    depth: 0,
  })
  const deadline = started + timeoutMs
  while (seen.size < watched.length && performance.now() < deadline) {
    const ask = watched.filter(
      (s) =>
        !seen.has(s.host) &&
        (c.sites.length <= ASK_ALWAYS || linkOf(preview.live, s.host) !== before.get(s.host)),
    )
    await pool(ask, 8, async (s) => {
      const page = await getPage(preview.port, s.host, `${s.basePath}/news/${slug}/`).catch(
        () => null,
      )
      if (page?.status === 200 && page.body.includes(title))
        seen.set(s.host, (performance.now() - started) / 1000)
    })
    await sleep(50)
  }
  const times = [...seen.values()].sort((a, b) => a - b)
  const at = (q: number) => Number((times[Math.floor(q * (times.length - 1))] ?? NaN).toFixed(2))
  return {
    label: c.label,
    sites: c.sites.length,
    watched: watched.length,
    first: at(0),
    median: at(0.5),
    last: at(1),
    missing: watched.length - seen.size,
  }
}

/** Waits until no change is waiting to be expanded and no site waits for a build. */
export async function waitForIdleQueue(payload: Payload, timeoutMs: number): Promise<void> {
  const queue = openQueue(payload)
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(200)) {
    const { hosts, changes } = await queue.backlog()
    if (hosts === 0 && changes === 0) return
  }
  throw new Error(`the publishing queue did not drain within ${timeoutMs / 1000} s`)
}

export function printLatency(l: Latency): void {
  const sample = l.watched < l.sites ? `, ${l.watched} of them watched` : ''
  const spread = l.sites > 1 ? ` (first ${l.first} s, median ${l.median} s)` : ''
  const missing = l.missing > 0 ? `; ${l.missing} site(s) NOT served before the timeout` : ''
  console.log(
    `  ${l.label.padEnd(44)} ${l.sites} site(s)${sample}, last live after ${l.last} s${spread}${missing}`,
  )
}

/**
 * The three cases of the issue: a ППО's own post (one site), a territorial org's post to its
 * subtree, a federation post to every site.
 */
export function latencyCases(
  directory: OrgDirectory,
  network: { federation: Id; teams: Id[]; primaryOrgs: Id[] },
): LatencyCase[] {
  const siteOf = (id: Id): Site => {
    const { host, basePath } = directory.address(id)
    return { host, basePath }
  }
  const ppo = network.primaryOrgs[Math.floor(network.primaryOrgs.length / 2)]!
  const team = network.teams[3]!
  const all = [...directory.orgs.values()]
  const inTeam = (id: Id) => String(id) === String(team)
  const subtree = all.filter((o) => inTeam(o.id) || o.ancestors.some(inTeam))
  return [
    { label: '(a) ППО post, own site only', org: ppo, scope: 'own', sites: [siteOf(ppo)] },
    {
      label: '(b) territorial org post, its subtree',
      org: team,
      scope: 'subtree',
      sites: subtree.map((o) => siteOf(o.id)),
    },
    {
      label: '(c) federation post, every site',
      org: network.federation,
      scope: 'subtree',
      sites: all.map((o) => siteOf(o.id)),
    },
    // The steady state: every site now has a previous release, which this publish retires.
    {
      label: '(d) another federation post (steady state)',
      org: network.federation,
      scope: 'subtree',
      sites: all.map((o) => siteOf(o.id)),
    },
  ]
}
