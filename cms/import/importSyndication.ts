import type { Payload } from 'payload'
import type { Bundle } from '../../content/lib/loadBundle'
import type { Ids } from './importContext'
import { tally, type ImportReport } from './importReport'
import { stableHash } from './stableHash'
import { upsert } from './upsert'
import { reachData } from './importReach'

interface Known {
  orgs: Ids
  posts: Ids
  keyOf: (kind: string, key: string) => string
  report: ImportReport
}

function need(ids: Ids, key: string, what: string) {
  const id = ids.get(key)
  if (id === undefined) throw new Error(`Import: unknown ${what} "${key}"`)
  return id
}

/**
 * Proposals (decided ones through the same hooks as in the admin, so an accepted proposal
 * creates its repost), reposts and receivers' decisions, after the posts they refer to exist.
 */
export async function importSyndication(
  payload: Payload,
  bundle: Bundle,
  ids: Known,
): Promise<void> {
  for (const p of bundle.syndication.proposals) {
    const { status, reason, reach, ...proposal } = p
    const r = await upsert(payload, {
      collection: 'proposals',
      importKey: ids.keyOf('proposal', `${p.to}/${p.post}`),
      hash: stableHash(proposal),
      data: {
        post: need(ids.posts, p.post, 'post'),
        organization: need(ids.orgs, p.to, 'organization'),
        note: p.note,
      },
    })
    const current = await payload.findByID({
      collection: 'proposals',
      id: r.id,
      depth: 0,
      select: { status: true },
    })
    if (current.status === 'pending' && status !== 'pending') {
      await payload.update({
        collection: 'proposals',
        id: r.id,
        data: {
          status,
          reason,
          reach: reachData(ids.orgs, reach ?? { scope: 'subtree' }),
        } as never,
        depth: 0,
        overrideAccess: true,
      })
    }
    tally(ids.report, 'proposals', r.action)
  }
  for (const repost of bundle.syndication.reposts) {
    const r = await upsert(payload, {
      collection: 'reposts',
      importKey: ids.keyOf('repost', `${repost.by}/${repost.post}`),
      hash: stableHash(repost),
      data: {
        post: need(ids.posts, repost.post, 'post'),
        organization: need(ids.orgs, repost.by, 'organization'),
        reach: reachData(ids.orgs, repost.reach ?? { scope: 'subtree' }),
      },
    })
    tally(ids.report, 'reposts', r.action)
  }
  for (const d of bundle.syndication.decisions) {
    const r = await upsert(payload, {
      collection: 'feed-decisions',
      importKey: ids.keyOf('decision', `${d.org}/${d.post}/${d.action}`),
      hash: stableHash(d),
      data: {
        post: need(ids.posts, d.post, 'post'),
        organization: need(ids.orgs, d.org, 'organization'),
        action: d.action,
        until: d.until ? new Date(d.until).toISOString() : null,
      },
    })
    tally(ids.report, 'feed-decisions', r.action)
  }
}
