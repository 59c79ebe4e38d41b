import type { Payload } from 'payload'

export interface SyntheticNetwork {
  primaryOrgs: (number | string)[]
  lineage: Map<string, (number | string)[]>
}

const seconds = (t: number) => ((performance.now() - t) / 1000).toFixed(1)

/** Runs `fn` over `items` with at most `limit` in flight. */
async function pool<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++
        results[i] = await fn(items[i]!)
      }
    }),
  )
  return results
}

/**
 * A federation of `orgCount` orgs (10 unions × 10 territorial orgs, the rest ППО) created through
 * the Local API, so derived fields are real; then `postCount` published posts bulk-inserted with
 * the adapter's own tables (the Local API would take minutes for tens of thousands).
 */
export async function buildSyntheticNetwork(
  payload: Payload,
  orgCount: number,
  postCount: number,
): Promise<SyntheticNetwork> {
  let t = performance.now()
  const lineage = new Map<string, (number | string)[]>()
  const create = async (name: string, kind: string, parent: number | string | null) => {
    const doc = await payload.create({
      collection: 'organizations',
      data: { name, kind, parent, slug: undefined } as never,
      depth: 0,
    })
    lineage.set(String(doc.id), [...(parent === null ? [] : lineage.get(String(parent))!), doc.id])
    return doc.id
  }
  const fed = await create('Синтетическая федерация', 'federation', null)
  const unions = await pool(
    Array.from({ length: 10 }, (_, i) => i),
    4,
    (i) => create(`Профсоюз ${i + 1}`, 'union', fed),
  )
  const teams = await pool(
    Array.from({ length: 100 }, (_, i) => i),
    8,
    (i) => create(`Терком ${i + 1}`, 'territorial_org', unions[i % 10]!),
  )
  const ppoCount = Math.max(0, orgCount - 111)
  const primaryOrgs = await pool(
    Array.from({ length: ppoCount }, (_, i) => i),
    8,
    (i) => create(`ППО ${i + 1}`, 'primary_org', teams[i % 100]!),
  )
  console.log(`  ${orgCount} orgs created in ${seconds(t)} s`)

  t = performance.now()
  const db = payload.db as unknown as {
    drizzle: {
      insert(table: unknown): {
        values(
          rows: unknown[],
        ): { returning(fields: unknown): Promise<{ id: number }[]> } & Promise<unknown>
      }
    }
    tables: { posts: Record<string, unknown>; posts_rels: Record<string, unknown> }
  }
  const orgIds = [...lineage.keys()]
  const start = Date.parse('2024-01-01T00:00:00Z')
  const BATCH = 400
  for (let from = 0; from < postCount; from += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, postCount - from) }, (_, k) => {
      const i = from + k
      const org = orgIds[(i * 7919) % orgIds.length]!
      const at = new Date(start + ((i * 104729) % (3 * 365 * 86400)) * 1000).toISOString()
      return {
        title: `Новость ${i}`,
        slug: `novost-${i}`,
        organization: Number(org),
        publishedAt: at,
        _status: 'published',
        updatedAt: at,
        createdAt: at,
      }
    })
    const ids = await db.drizzle
      .insert(db.tables.posts)
      .values(rows)
      .returning({ id: db.tables.posts.id })
    const rels = ids.flatMap(({ id }, k) =>
      lineage.get(String(rows[k]!.organization))!.map((orgId, order) => ({
        parent: id,
        path: 'orgLineage',
        order: order + 1,
        organizationsID: Number(orgId),
      })),
    )
    await db.drizzle.insert(db.tables.posts_rels).values(rels)
  }
  console.log(`  ${postCount} posts inserted in ${seconds(t)} s`)
  return { primaryOrgs, lineage }
}
