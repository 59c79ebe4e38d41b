import type { Payload } from 'payload'
import { timeRepeated, type Stats } from './stats'
import type { SyntheticNetwork } from './syntheticNetwork'

/** "20 newest posts of an org", as the site export and the admin ask for it. */
export async function feedQueryBench(payload: Payload, network: SyntheticNetwork, runs = 1000) {
  const pick = (i: number) => network.primaryOrgs[(i * 2654435761) % network.primaryOrgs.length]!
  const own: Stats = await timeRepeated(runs, 50, (i) =>
    payload.find({
      collection: 'posts',
      where: { and: [{ organization: { equals: pick(i) } }, { _status: { equals: 'published' } }] },
      sort: '-publishedAt',
      limit: 20,
      depth: 0,
      pagination: false,
      select: { title: true, slug: true, publishedAt: true, organization: true },
    }),
  )
  // The org and everything above it: the shape of a syndicated feed.
  const withAncestors: Stats = await timeRepeated(runs, 50, (i) =>
    payload.find({
      collection: 'posts',
      where: {
        and: [
          { organization: { in: network.lineage.get(String(pick(i))) } },
          { _status: { equals: 'published' } },
        ],
      },
      sort: '-publishedAt',
      limit: 20,
      depth: 0,
      pagination: false,
      select: { title: true, slug: true, publishedAt: true, organization: true },
    }),
  )
  return { own, withAncestors }
}
