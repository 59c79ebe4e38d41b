import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportSnapshots } from '../../publishing/snapshot/exportSnapshots'
import { configValue } from '../../config'
import { PROJECT_ROOT } from '../../config/paths'
import { loadSqlDump } from '../helpers/backup/loadSqlDump'
import { postgresDatabases, type PostgresDatabases } from '../helpers/backup/postgresDatabases'
import { testDb } from '../helpers/testPayload'

/**
 * A database made by the previous release (the demo seeded at commit d9c0e28, dumped with
 * pg_dump: tests/fixtures/migrations/README.md) is opened by this release: the migrations run
 * at start, and every row the old release wrote is still there and still works.
 */
const FIXTURE = path.join(PROJECT_ROOT, 'tests/fixtures/migrations/20261202-d9c0e28-demo.sql.gz')
const COLLECTIONS = {
  organizations: 'organizations',
  users: 'users',
  users_grants: null,
  posts: 'posts',
  _posts_v: null,
  pages: 'pages',
  _pages_v: null,
  documents: 'documents',
  media: 'media',
  categories: 'categories',
  proposals: 'proposals',
  reposts: 'reposts',
  feed_decisions: 'feed-decisions',
  membership_requests: 'membership-requests',
} as const

type Rows = Record<string, unknown>[]
let pg: PostgresDatabases
let payload: Payload
let dataDir: string
const before: { counts: Record<string, number>; orgs: Rows; posts: Rows; users: Rows } = {
  counts: {},
  orgs: [],
  posts: [],
  users: [],
}

describe.skipIf(testDb() === 'mongodb')('a database of the previous release', () => {
  beforeAll(async () => {
    pg = await postgresDatabases(54338)
    const uri = await pg.create()
    loadSqlDump(FIXTURE, uri)
    // What the old release wrote, read with SQL before this release touches it.
    const { default: pgClient } = await import('pg')
    const client = new pgClient.Client({ connectionString: uri })
    client.on('error', () => {})
    await client.connect()
    try {
      const query = async (text: string) => (await client.query(text)).rows as Rows
      for (const table of Object.keys(COLLECTIONS)) {
        // A collection this release added (membership_requests) starts empty.
        const exists = (await query(`SELECT to_regclass('public.${table}') AS t`))[0]!.t
        before.counts[table] = exists
          ? Number((await query(`SELECT count(*) AS n FROM "${table}"`))[0]!.n)
          : 0
      }
      before.orgs = await query('SELECT id, name, slug, parent_id FROM organizations ORDER BY id')
      before.posts = await query(
        `SELECT id, title, slug, _status,
                to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS published_at
           FROM posts ORDER BY id`,
      )
      before.users = await query('SELECT id, email, role FROM users ORDER BY id')
    } finally {
      await client.end()
    }

    dataDir = mkdtempSync(path.join(tmpdir(), 'union-sites-migrations-'))
    process.env.DATA_DIR = dataDir
    process.env.DATABASE_URI = uri
    process.env.PAYLOAD_SECRET = 'integration-test-secret'
    process.env.LOG_LEVEL = configValue('LOG_LEVEL') ?? 'warn'
    const { bootPayload } = await import('../../cms/lib/bootPayload')
    payload = await bootPayload()
  })
  afterAll(async () => {
    await payload?.destroy()
    // destroy() leaves idle pg clients; dropping the database terminates them, which is expected.
    ;(payload?.db as { pool?: { on(event: 'error', fn: () => void): void } } | undefined)?.pool?.on(
      'error',
      () => {},
    )
    await pg?.close()
    if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  })

  it('runs every migration of this release at start', async () => {
    const { docs } = await payload.find({
      collection: 'payload-migrations',
      limit: 0,
      pagination: false,
    })
    const { migrations } = await import('../../cms/migrations')
    expect(docs.map((d) => d.name).sort()).toEqual(migrations.map((m) => m.name).sort())
  })

  it('keeps every row: the same number of documents, versions and grants', async () => {
    expect(before.counts.organizations).toBeGreaterThan(30)
    for (const [table, collection] of Object.entries(COLLECTIONS)) {
      if (!collection) continue
      const { totalDocs } = await payload.count({ collection, overrideAccess: true })
      expect(totalDocs, table).toBe(before.counts[table])
    }
    for (const collection of ['posts', 'pages'] as const) {
      const { totalDocs } = await payload.countVersions({ collection, overrideAccess: true })
      expect(totalDocs, `${collection} versions`).toBe(before.counts[`_${collection}_v`])
    }
    const users = await payload.find({ collection: 'users', limit: 0, pagination: false, depth: 0 })
    const grants = users.docs.reduce((n, u) => n + (u.grants?.length ?? 0), 0)
    expect(grants).toBe(before.counts.users_grants)
  })

  it('keeps the fields: organizations, posts and users read as the old release wrote them', async () => {
    const all = async (collection: 'organizations' | 'posts' | 'users') =>
      (
        await payload.find({ collection, limit: 0, pagination: false, depth: 0, sort: 'id' })
      ).docs.map((d) => d as unknown as Record<string, unknown>)
    expect(
      (await all('organizations')).map((o) => ({
        id: o.id,
        name: o.name,
        slug: o.slug,
        parent_id: o.parent ?? null,
      })),
    ).toEqual(before.orgs)
    expect(
      (await all('posts')).map((p) => ({
        id: p.id,
        title: p.title,
        slug: p.slug,
        _status: p._status,
        published_at: p.publishedAt ?? null,
      })),
    ).toEqual(before.posts)
    expect((await all('users')).map((u) => ({ id: u.id, email: u.email, role: u.role }))).toEqual(
      before.users,
    )
  })

  it('titles the feed decisions of the old release in Russian, after their items', async () => {
    expect(before.counts.feed_decisions).toBeGreaterThan(0)
    const { docs } = await payload.find({
      collection: 'feed-decisions',
      limit: 0,
      pagination: false,
      depth: 1,
      select: { title: true, action: true, post: true },
    })
    const done = { hide: 'Скрыт', pin: 'Закреплён', accept: 'Принят' } as const
    for (const d of docs) {
      const post = d.post as { title?: string }
      expect(d.title).toBe(`${done[d.action]}: ${post.title}`)
    }
  })

  it('lets a user sign in with the password set under the old release', async () => {
    const { user, token } = await payload.login({
      collection: 'users',
      data: { email: 'editor@school-1234.demo', password: 'demo-ppo-2026' },
    })
    expect(token).toBeTruthy()
    expect(user?.email).toBe('editor@school-1234.demo')
  })

  it('exports every site and takes new documents after the old ids', async () => {
    const out = path.join(dataDir, 'snapshots')
    const { sites } = await exportSnapshots(payload, out)
    expect(sites).toBeGreaterThan(20)
    const category = await payload.create({
      collection: 'categories',
      data: { title: 'После обновления', slug: 'posle-obnovleniya' } as never,
    })
    expect(Number(category.id)).toBeGreaterThan(before.counts.categories!)
  })
})
