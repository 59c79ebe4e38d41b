import type { Payload } from 'payload'
import { ORG_KINDS } from '../../domain/org/orgKinds'
import { SUBTREE_DEPTH } from '../../domain/syndication/reach'
import { insertOwned } from './bulkInsert'
import { createOrgTree, type Id } from './orgTree'

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
/** Posts per bulk insert (with their lineage rows, well under SQLite's parameter limit). */
const BATCH = 400

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
  const tree = await createOrgTree(payload, { orgs: options.orgs, deep: options.deep })
  const { federation, primaryOrgs, lineage } = tree
  const upper = [federation, ...tree.unions, ...tree.teams, ...tree.districts]
  const range = (n: number) => Array.from({ length: n }, (_, i) => i)
  console.log(`  ${lineage.size} orgs created in ${seconds(t)} s`)

  t = performance.now()
  const start = Date.parse('2024-01-01T00:00:00Z')
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
    await insertOwned(payload, 'posts', rows, lineage)
  }
  console.log(`  ${options.posts} posts inserted in ${seconds(t)} s`)
  return { federation, primaryOrgs, lineage }
}
