import type { Payload } from 'payload'
import { OrgDirectory } from '../../cms/export/orgDirectory'
import { SyndicationGraph } from '../../domain/syndication/graph'
import { affectedOrgs, type RepostReach } from '../../domain/publishing/affectedOrgs'
import type { HostMark, StoredChange } from '../../domain/publishing/queueTypes'
import { NAMED_ORGS_SELECT, storedReach, type SiteChange } from '../../domain/publishing/siteChange'
import { hostMarks, siteHosts } from '../../cms/publishing/siteHosts'

type ReachFields = Parameters<typeof storedReach>[0]

const REACH_SELECT = {
  organization: true,
  reachDepth: true,
  receivers: true,
  reach: NAMED_ORGS_SELECT,
} as const

async function reachesOf(
  payload: Payload,
  collection: 'reposts' | 'posts' | 'events' | 'pages',
  where: Record<string, unknown>,
): Promise<RepostReach[]> {
  const { docs } = await payload.find({
    collection,
    where: where as never,
    // Pages have no reach: storedReach reads none, so only their own site.
    select: collection === 'pages' ? { organization: true } : REACH_SELECT,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs.map((d) => ({ by: d.organization as never, reach: storedReach(d as ReachFields) }))
}

/** The reposts (and, for images, posts) a change reaches through, read from the database. */
async function reachContext(payload: Payload, change: SiteChange) {
  if (change.kind === 'post' && change.post !== undefined)
    return { reposts: await reachesOf(payload, 'reposts', { post: { equals: change.post } }) }
  if (change.kind === 'identity')
    return {
      reposts: await reachesOf(payload, 'reposts', { 'post.organization': { equals: change.org } }),
    }
  if (change.kind === 'media') {
    const published = { _status: { equals: 'published' } }
    const inText = { bodyMedia: { in: [change.media] } }
    const shown = {
      and: [{ or: [{ cover: { equals: change.media } }, inText] }, published],
    }
    // Events show covers too, on every site their reach arrives at, as posts do; a page shows
    // images in its text on its own site (which may not be the image's owner's).
    const posts = [
      ...(await reachesOf(payload, 'posts', shown)),
      ...(await reachesOf(payload, 'events', shown)),
      ...(await reachesOf(payload, 'pages', { and: [inText, published] })),
    ]
    return { posts }
  }
  return {}
}

/**
 * Turns recorded changes into the hosts to rebuild: loads the organizations once (a few hundred
 * bytes each), computes each change's affected orgs with the pure affectedOrgs and maps them to
 * the hosts serving them.
 */
export async function expandChanges(
  payload: Payload,
  changes: readonly StoredChange[],
  /** The organizations as loaded for this round (a worker shares one load with its build). */
  loadDirectory: () => Promise<OrgDirectory> = () => OrgDirectory.load(payload),
): Promise<{ marks: HostMark[]; reason: string }> {
  const directory = await loadDirectory()
  const graph = new SyndicationGraph(
    [...directory.orgs.values()].map((o) => ({ ...o, policy: 'auto' as const })),
  )
  const orgs = new Set<string>()
  let everything = false
  for (const { change } of changes) {
    const affected = affectedOrgs({ graph, change, ...(await reachContext(payload, change)) })
    if (affected === null) {
      everything = true
      break
    }
    for (const id of affected) orgs.add(id)
  }
  const reasons = [...new Set(changes.map((c) => c.reason).filter(Boolean))]
  const reason =
    reasons.length <= 2
      ? reasons.join('; ')
      : `${reasons.slice(0, 2).join('; ')} и ещё ${reasons.length - 2}`
  const marks = hostMarks(directory, everything ? null : orgs)
  // A deleted org, or one moved or renamed to another host, leaves its old host behind.
  if (changes.some((c) => c.change.kind === 'identity' || c.change.kind === 'everything'))
    marks.push(...(await abandonedHosts(payload, directory)))
  return { marks, reason }
}

async function abandonedHosts(payload: Payload, directory: OrgDirectory): Promise<HostMark[]> {
  const hosts = siteHosts(directory)
  const { docs } = await payload.find({
    collection: 'site-builds',
    select: { host: true, orgPath: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs
    .filter((d) => !hosts.has(d.host))
    .map((d) => ({ host: d.host, org: null, orgPath: d.orgPath ?? '/' }))
}
