import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import type { BatchBuild, BuildContext } from '../../../publishing/render/buildStep'

const escape = (s: string) => s.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * The page of each host for fault tests: the host's organization and the titles of its
 * published posts, read from the database now. Cheap enough to run thousands of times, yet
 * a site built from stale data differs from a clean build.
 */
export async function sitePages(
  payload: Payload,
  hosts: readonly string[],
): Promise<Map<string, string>> {
  const { docs: rows } = await payload.find({
    collection: 'site-builds',
    where: { host: { in: [...hosts] } },
    select: { host: true, organization: true },
    depth: 0,
    limit: 0,
    pagination: false,
  })
  const orgOf = new Map(rows.map((r) => [r.host, r.organization as number | string | null]))
  const orgs = [...new Set([...orgOf.values()].filter((o) => o !== null))]
  const { docs: posts } = await payload.find({
    collection: 'posts',
    where: { and: [{ organization: { in: orgs } }, { _status: { equals: 'published' } }] },
    select: { title: true, organization: true },
    sort: 'id',
    depth: 0,
    limit: 0,
    pagination: false,
  })
  const pages = new Map<string, string>()
  for (const host of hosts) {
    const org = orgOf.get(host)
    const titles = posts
      .filter((p) => String(p.organization) === String(org))
      .map((p) => `<li>${escape(p.title)}</li>`)
    pages.set(host, `<!doctype html><title>${host}</title><ul>${titles.join('')}</ul>\n`)
  }
  return pages
}

/** sitePages() of `hosts` written as `dir`/<host>/index.html: a batch's output, or a clean build. */
export async function writeSitePages(
  payload: Payload,
  hosts: readonly string[],
  dir: string,
  onBuild: (host: string) => void = () => {},
): Promise<void> {
  const pages = await sitePages(payload, hosts)
  for (const host of hosts) {
    onBuild(host)
    mkdirSync(path.join(dir, host), { recursive: true })
    writeFileSync(path.join(dir, host, 'index.html'), pages.get(host)!)
  }
}

/** A build step writing sitePages() (so the real release and queue code runs around it). */
export function contentBuild(onBuild: (host: string) => void = () => {}, delayMs = 0) {
  return async (
    payload: Payload,
    hosts: readonly string[],
    { workDir }: BuildContext,
  ): Promise<BatchBuild> => {
    mkdirSync(workDir, { recursive: true })
    const scratch = mkdtempSync(path.join(workDir, 'batch-'))
    await writeSitePages(payload, hosts, scratch, onBuild)
    // Stands in for rendering time, so that faults land in the middle of a batch.
    await new Promise((r) => setTimeout(r, delayMs))
    return {
      scratch,
      seconds: 0,
      pages: hosts.length,
      results: hosts.map((host) => ({
        host,
        status: 'built',
        dir: path.join(scratch, host),
        pages: 1,
      })),
    }
  }
}
