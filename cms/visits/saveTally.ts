import type { PayloadRequest } from 'payload'
import type { VisitTally } from './visitTally'

/**
 * Adds a run's counts to the stored ones (one row per org, day and page, or org, day and
 * referring domain: the unique indexes). Runs inside the caller's transaction, with the cursor.
 */
export async function saveTally(req: PayloadRequest, tally: VisitTally): Promise<void> {
  const { payload } = req
  for (const page of tally.pages.values()) {
    const { docs } = await payload.find({
      collection: 'site-visits',
      where: {
        and: [
          { org: { equals: page.org } },
          { day: { equals: page.day } },
          { path: { equals: page.path } },
        ],
      },
      select: { views: true, visits: true },
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const row = docs[0]
    if (row)
      await payload.update({
        collection: 'site-visits',
        id: row.id,
        data: { views: row.views + page.views, visits: row.visits + page.visits },
        depth: 0,
        overrideAccess: true,
        req,
      })
    else
      await payload.create({
        collection: 'site-visits',
        data: {
          ...page,
          org: Number.isNaN(Number(page.org)) ? page.org : Number(page.org),
        } as never,
        depth: 0,
        overrideAccess: true,
        req,
      })
  }
  for (const ref of tally.referrers.values()) {
    const { docs } = await payload.find({
      collection: 'site-referrers',
      where: {
        and: [
          { org: { equals: ref.org } },
          { day: { equals: ref.day } },
          { domain: { equals: ref.domain } },
        ],
      },
      select: { visits: true },
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const row = docs[0]
    if (row)
      await payload.update({
        collection: 'site-referrers',
        id: row.id,
        data: { visits: row.visits + ref.visits },
        depth: 0,
        overrideAccess: true,
        req,
      })
    else
      await payload.create({
        collection: 'site-referrers',
        data: { ...ref, org: Number.isNaN(Number(ref.org)) ? ref.org : Number(ref.org) } as never,
        depth: 0,
        overrideAccess: true,
        req,
      })
  }
}
