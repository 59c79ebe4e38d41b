import type { Payload } from 'payload'
import { SKIP_PUBLISHING } from '../../cms/publishing/recordChange'
import { pool } from './pool'

export type Id = number | string
export type TreeKind = 'federation' | 'union' | 'territorial_org' | 'primary_org'

export interface OrgTree {
  federation: Id
  unions: Id[]
  teams: Id[]
  /** Districts under the territorial orgs (only with `deep`). */
  districts: Id[]
  primaryOrgs: Id[]
  /** Each org's lineage (ancestors and itself), for the bulk-inserted content's orgLineage. */
  lineage: Map<string, Id[]>
  kinds: Map<string, TreeKind>
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i)

/**
 * A federation of 10 unions × 10 territorial orgs (optionally × 5 districts), the rest ППО under
 * them, `orgs` in all. Created through the Local API, so derived fields and hosts are real, with
 * change tracking off: a benchmark's set-up is not an edit to publish.
 */
export async function createOrgTree(
  payload: Payload,
  { orgs, deep = false }: { orgs: number; deep?: boolean },
): Promise<OrgTree> {
  const lineage = new Map<string, Id[]>()
  const kinds = new Map<string, TreeKind>()
  const create = async (name: string, kind: TreeKind, parent: Id | null) => {
    const doc = await payload.create({
      collection: 'organizations',
      data: { name, kind, parent } as never,
      depth: 0,
      context: { [SKIP_PUBLISHING]: true },
    })
    lineage.set(String(doc.id), [...(parent === null ? [] : lineage.get(String(parent))!), doc.id])
    kinds.set(String(doc.id), kind)
    return doc.id
  }
  const federation = await create('Синтетическая федерация', 'federation', null)
  const unions = await pool(range(10), 4, (i) => create(`Профсоюз ${i + 1}`, 'union', federation))
  const teams = await pool(range(100), 8, (i) =>
    create(`Терком ${i + 1}`, 'territorial_org', unions[i % 10]!),
  )
  const districts = deep
    ? await pool(range(500), 8, (i) => create(`Район ${i + 1}`, 'territorial_org', teams[i % 100]!))
    : []
  const parents = deep ? districts : teams
  const upper = 1 + unions.length + teams.length + districts.length
  const primaryOrgs = await pool(range(Math.max(0, orgs - upper)), 8, (i) =>
    create(`ППО ${i + 1}`, 'primary_org', parents[i % parents.length]!),
  )
  return { federation, unions, teams, districts, primaryOrgs, lineage, kinds }
}
