import type { Payload } from 'payload'
import { ORG_KINDS } from '../../cms/lib/orgKinds'
import { SUBTREE_DEPTH } from '../../cms/syndication/reach'
import { pool } from './pool'

type Id = number | string

export interface SyntheticNetwork {
  federation: Id
  primaryOrgs: Id[]
  lineage: Map<string, Id[]>
}

export interface SyntheticOptions {
  orgs: number
  posts: number
  /** Add a district level (5 per territorial org), putting ППО at depth 4. */
  deep?: boolean
}

const seconds = (t: number) => ((performance.now() - t) / 1000).toFixed(1)

interface Tables {
  drizzle: {
    insert(table: unknown): {
      values(
        rows: unknown[],
      ): { returning(fields: unknown): Promise<{ id: number }[]> } & Promise<unknown>
    }
  }
  tables: Record<'posts' | 'posts_rels', Record<string, unknown>>
}

/**
 * A federation (10 unions × 10 territorial orgs, optionally × 5 districts, the rest ППО) created
 * through the Local API, so derived fields are real; then posts bulk-inserted with the adapter's
 * own tables (the Local API would take many minutes for 100k+). A fifth of the posts come from
 * upper levels with whole-subtree reach; ППО posts stay on their own site.
 */
export async function buildSyntheticNetwork(
  payload: Payload,
  options: SyntheticOptions,
): Promise<SyntheticNetwork> {
  let t = performance.now()
  const lineage = new Map<string, Id[]>()
  const create = async (name: string, kind: string, parent: Id | null) => {
    const doc = await payload.create({
      collection: 'organizations',
      data: { name, kind, parent } as never,
      depth: 0,
    })
    lineage.set(String(doc.id), [...(parent === null ? [] : lineage.get(String(parent))!), doc.id])
    return doc.id
  }
  const range = (n: number) => Array.from({ length: n }, (_, i) => i)
  const federation = await create('Синтетическая федерация', 'federation', null)
  const unions = await pool(range(10), 4, (i) => create(`Профсоюз ${i + 1}`, 'union', federation))
  const teams = await pool(range(100), 8, (i) =>
    create(`Терком ${i + 1}`, 'territorial_org', unions[i % 10]!),
  )
  const districts = options.deep
    ? await pool(range(500), 8, (i) => create(`Район ${i + 1}`, 'territorial_org', teams[i % 100]!))
    : []
  const parents = options.deep ? districts : teams
  const upper = [federation, ...unions, ...teams, ...districts]
  const ppoCount = Math.max(0, options.orgs - upper.length)
  const primaryOrgs = await pool(range(ppoCount), 8, (i) =>
    create(`ППО ${i + 1}`, 'primary_org', parents[i % parents.length]!),
  )
  console.log(`  ${lineage.size} orgs created in ${seconds(t)} s`)

  t = performance.now()
  const db = payload.db as unknown as Tables
  const start = Date.parse('2024-01-01T00:00:00Z')
  const BATCH = 400
  for (let from = 0; from < options.posts; from += BATCH) {
    const rows = range(Math.min(BATCH, options.posts - from)).map((k) => {
      const i = from + k
      const fromUpper = i % 5 === 0
      const org = fromUpper
        ? upper[(i * 7919) % upper.length]!
        : primaryOrgs[(i * 7919) % primaryOrgs.length]!
      const at = new Date(start + ((i * 104729) % (3 * 365 * 86400)) * 1000).toISOString()
      return {
        title: `Новость ${i}`,
        slug: `novost-${i}`,
        organization: Number(org),
        publishedAt: at,
        _status: 'published',
        reachDepth: fromUpper ? SUBTREE_DEPTH : 0,
        ...Object.fromEntries(ORG_KINDS.map((kind) => [`receivers_${kind}`, true])),
        mandatory: false,
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
  console.log(`  ${options.posts} posts inserted in ${seconds(t)} s`)
  return { federation, primaryOrgs, lineage }
}
