import { sql, type SQL } from 'drizzle-orm'
import type { Payload } from 'payload'
import { ORG_KINDS } from '../../domain/org/orgKinds'
import { SUBTREE_DEPTH } from '../../domain/syndication/reach'
import { insertOwned } from './bulkInsert'
import { createOrgTree, type Id } from './orgTree'

export interface PublishNetwork {
  federation: Id
  unions: Id[]
  teams: Id[]
  primaryOrgs: Id[]
  posts: number
  pages: number
}

/** Own posts per org by kind; the upper levels' posts go to their whole subtree. */
const POSTS_PER_ORG = { federation: 3, union: 2, territorial_org: 2, primary_org: 4 } as const

/** A one-paragraph Lexical document, so that pages carry a body like real ones. */
const paragraph = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        children: [
          { type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' },
        ],
      },
    ],
  },
})

const BODY = paragraph(
  'Профсоюзный комитет провёл заседание, на котором обсудил выполнение коллективного договора, ' +
    'охрану труда на рабочих местах и подготовку к отчётно-выборной конференции.',
)

/**
 * A federation (10 unions × 10 territorial orgs, the rest ППО under them) whose orgs are created
 * through the Local API, so derived fields and hosts are real, with change tracking switched off
 * (the benchmark publishes everything once afterwards). Posts and pages are bulk-inserted with the
 * adapter's own tables, which bypasses the tracking hooks too. A ППО site then has 20 pages:
 * 11 news items (4 own, 7 from above), 2 news list pages, 2 pages and 5 fixed ones.
 */
export async function buildPublishNetwork(payload: Payload, orgs: number): Promise<PublishNetwork> {
  const tree = await createOrgTree(payload, { orgs })
  const { federation, unions, teams, primaryOrgs, lineage, kinds: kindOf } = tree

  // Dates spread over a year, newest last, so every feed mixes own and received items.
  const start = Date.parse('2026-01-01T00:00:00Z')
  const posts: Record<string, unknown>[] = []
  for (const [id, kind] of kindOf) {
    const upper = kind !== 'primary_org'
    for (let k = 0; k < POSTS_PER_ORG[kind]; k++) {
      const i = posts.length
      const at = new Date(start + ((i * 104729) % (300 * 86400)) * 1000).toISOString()
      posts.push({
        title: `Новость ${i}: профком подвёл итоги месяца`,
        lead: 'Коротко о главном: решения заседания и что они значат для членов профсоюза.',
        body: BODY,
        slug: `novost-${i}`,
        organization: Number(id),
        publishedAt: at,
        _status: 'published',
        reach_scope: upper ? 'subtree' : 'own',
        reachDepth: upper ? SUBTREE_DEPTH : 0,
        ...Object.fromEntries(ORG_KINDS.map((kind) => [`receivers_${kind}`, true])),
        mandatory: false,
        updatedAt: at,
        createdAt: at,
      })
    }
  }
  await insertOwned(payload, 'posts', posts, lineage)
  const now = new Date().toISOString()
  const pages = [...kindOf.keys()].flatMap((id) =>
    [
      ['О нас', 'o-nas'],
      ['Как вступить', 'kak-vstupit'],
    ].map(([title, slug], k) => ({
      title,
      slug,
      body: BODY,
      organization: Number(id),
      menuOrder: k,
      showInMenu: true,
      _status: 'published',
      updatedAt: now,
      createdAt: now,
    })),
  )
  await insertOwned(payload, 'pages', pages, lineage)
  await analyze(payload)
  return { federation, unions, teams, primaryOrgs, posts: posts.length, pages: pages.length }
}

/**
 * Statistics for the planner after the bulk insert, as a database in service has them (until
 * autovacuum came by, PostgreSQL planned the feed query at 4–5 ms instead of 1).
 */
async function analyze(payload: Payload): Promise<void> {
  const db = payload.db as unknown as {
    drizzle: { execute?(q: SQL): Promise<unknown>; run?(q: SQL): Promise<unknown> }
  }
  const run = db.drizzle.execute ?? db.drizzle.run
  await run!.call(db.drizzle, sql`ANALYZE`)
}
