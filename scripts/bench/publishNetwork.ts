import type { Payload } from 'payload'
import { ORG_KINDS } from '../../cms/lib/orgKinds'
import { SKIP_PUBLISHING } from '../../cms/publishing/recordChange'
import { SUBTREE_DEPTH } from '../../cms/syndication/reach'
import { pool } from './pool'

type Id = number | string

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
const BATCH = 400

interface Tables {
  drizzle: {
    insert(table: unknown): {
      values(
        rows: unknown[],
      ): { returning(fields: unknown): Promise<{ id: number }[]> } & Promise<unknown>
    }
  }
  tables: Record<'posts' | 'posts_rels' | 'pages' | 'pages_rels', Record<string, unknown>>
}

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
  const lineage = new Map<string, Id[]>()
  const kindOf = new Map<string, keyof typeof POSTS_PER_ORG>()
  const create = async (name: string, kind: keyof typeof POSTS_PER_ORG, parent: Id | null) => {
    const doc = await payload.create({
      collection: 'organizations',
      data: { name, kind, parent } as never,
      depth: 0,
      context: { [SKIP_PUBLISHING]: true },
    })
    lineage.set(String(doc.id), [...(parent === null ? [] : lineage.get(String(parent))!), doc.id])
    kindOf.set(String(doc.id), kind)
    return doc.id
  }
  const range = (n: number) => Array.from({ length: n }, (_, i) => i)
  const federation = await create('Синтетическая федерация', 'federation', null)
  const unions = await pool(range(10), 4, (i) => create(`Профсоюз ${i + 1}`, 'union', federation))
  const teams = await pool(range(100), 8, (i) =>
    create(`Терком ${i + 1}`, 'territorial_org', unions[i % 10]!),
  )
  const primaryOrgs = await pool(range(Math.max(0, orgs - 111)), 8, (i) =>
    create(`ППО ${i + 1}`, 'primary_org', teams[i % 100]!),
  )

  const db = payload.db as unknown as Tables
  const insert = async (table: 'posts' | 'pages', rows: Record<string, unknown>[]) => {
    for (let from = 0; from < rows.length; from += BATCH) {
      const chunk = rows.slice(from, from + BATCH)
      const ids = await db.drizzle
        .insert(db.tables[table])
        .values(chunk)
        .returning({ id: db.tables[table].id })
      const rels = ids.flatMap(({ id }, k) =>
        lineage.get(String(chunk[k]!.organization))!.map((orgId, order) => ({
          parent: id,
          path: 'orgLineage',
          order: order + 1,
          organizationsID: Number(orgId),
        })),
      )
      await db.drizzle.insert(db.tables[`${table}_rels`]).values(rels)
    }
  }

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
  await insert('posts', posts)
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
  await insert('pages', pages)
  return { federation, unions, teams, primaryOrgs, posts: posts.length, pages: pages.length }
}
