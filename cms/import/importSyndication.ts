import type { Payload } from 'payload'
import type { Bundle } from '../../content/lib/loadBundle'
import type { Ids } from './importBundle'
import { tally, type ImportReport } from './importReport'
import { stableHash } from './stableHash'
import { upsert } from './upsert'

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

/** Reposts (accepted proposals) and receivers' decisions, after the posts they refer to exist. */
export async function importSyndication(
  payload: Payload,
  bundle: Bundle,
  ids: Known,
): Promise<void> {
  for (const repost of bundle.syndication.reposts) {
    const r = await upsert(payload, {
      collection: 'reposts',
      importKey: ids.keyOf('repost', `${repost.by}/${repost.post}`),
      hash: stableHash(repost),
      data: {
        post: need(ids.posts, repost.post, 'post'),
        organization: need(ids.orgs, repost.by, 'organization'),
        reach: repost.reach ?? { scope: 'subtree' },
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
