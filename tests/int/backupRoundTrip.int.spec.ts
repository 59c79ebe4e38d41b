import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { archiveLines, firstDifference } from '../helpers/backup/archiveLines'
import { postgresDatabases, type PostgresDatabases } from '../helpers/backup/postgresDatabases'
import { output, runScript } from '../helpers/backup/runScript'
import { snapshotDifferences } from '../helpers/backup/snapshotDifferences'
import { snapshotsBuildDifferences } from '../helpers/cleanBuild'
import { treeFiles } from '../helpers/publishing/treeFiles'
import { testDb } from '../helpers/testPayload'

/**
 * The path a federation takes when it outgrows the embedded database: the demo seeded on SQLite,
 * `npm run backup`, `npm run restore` into an empty PostgreSQL database, `npm run backup` again.
 * On the PostgreSQL run of the suite the other way round (PostgreSQL → SQLite). Every step is
 * the real CLI in its own process.
 */
const fromPostgres = testDb() === 'postgres'

let root: string
let pg: PostgresDatabases
const source = { DATA_DIR: '', DATABASE_URI: '' }
const target = { DATA_DIR: '', DATABASE_URI: '' }
const treeFilesOrNone = (dir: string) => (existsSync(dir) ? treeFiles(dir) : [])
const archive = (name: string) => path.join(root, `${name}.ndjson.gz`)

describe.skipIf(testDb() === 'mongodb')('backup, restore and moving to PostgreSQL', () => {
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'union-sites-backup-'))
    pg = await postgresDatabases()
    const sqlite = (dir: string) => ({ DATA_DIR: dir, DATABASE_URI: `file:${dir}/db.sqlite` })
    const postgres = async (dir: string) => ({ DATA_DIR: dir, DATABASE_URI: await pg.create() })
    Object.assign(source, fromPostgres ? await postgres(`${root}/a`) : sqlite(`${root}/a`))
    Object.assign(target, fromPostgres ? sqlite(`${root}/b`) : await postgres(`${root}/b`))
    const seed = await runScript('seed.ts', [], source)
    expect(seed.code, output(seed)).toBe(0)
    const backup = await runScript('backup.ts', ['--out', archive('a')], source)
    expect(backup.code, output(backup)).toBe(0)
  })
  afterAll(async () => {
    await pg?.close()
    // Retried: SQLite deletes a database's -wal/-shm files when its last connection closes,
    // which a script that just exited or libsql's native close may do a moment later.
    if (root) rmSync(root, { recursive: true, force: true, maxRetries: 5 })
  })

  it('keeps users with their password hashes, versions, jobs and the upload files', () => {
    const lines = archiveLines(archive('a')).filter(Boolean)
    const header = JSON.parse(lines[0]!)
    expect(header.schema.tables.users).toEqual(expect.arrayContaining(['hash', 'salt', 'email']))
    for (const table of [
      'organizations',
      'users_grants',
      '_posts_v',
      '_pages_v',
      'payload_jobs',
      'feed_decisions',
      'proposals',
      'membership_requests',
      'reposts',
    ])
      expect(header.schema.tables, table).toHaveProperty(table)
    for (const table of ['publish_changes', 'site_builds', 'login_limits', 'payload_preferences'])
      expect(header.schema.tables, table).not.toHaveProperty(table)
    const end = JSON.parse(lines.at(-1)!)
    expect(end).toMatchObject({ end: 'archive' })
    expect(end.files).toBeGreaterThan(100)
    const users = lines.findIndex((l) => l.startsWith('{"table":"users",'))
    const columns: string[] = JSON.parse(lines[users]!).columns
    const admin: unknown[] = JSON.parse(lines[users + 1]!)
    expect(String(admin[columns.indexOf('hash')])).toMatch(/^\S{64,}$/)
  })

  it(`restores into an empty ${fromPostgres ? 'SQLite' : 'PostgreSQL'} database, whose backup is the same bytes`, async () => {
    const restore = await runScript('restore.ts', [archive('a')], target)
    expect(restore.code, output(restore)).toBe(0)
    expect(restore.stdout).toMatch(/\d+ sites are queued for publishing/)
    const backup = await runScript('backup.ts', ['--out', archive('b')], target)
    expect(backup.code, output(backup)).toBe(0)
    expect(firstDifference(archive('a'), archive('b'))).toBeNull()
    if (!fromPostgres) {
      // Rows came with explicit ids: each sequence must go on after the largest, or the next
      // document created would collide with a restored one.
      const { default: pgClient } = await import('pg')
      const client = new pgClient.Client({ connectionString: target.DATABASE_URI })
      await client.connect()
      try {
        for (const table of ['organizations', 'posts', '_posts_v', 'users', 'posts_rels']) {
          const { rows } = await client.query(
            `SELECT nextval(pg_get_serial_sequence('"${table}"', 'id')) AS next, (SELECT max(id) FROM "${table}") AS max`,
          )
          expect(Number(rows[0].next), table).toBeGreaterThan(Number(rows[0].max))
        }
      } finally {
        await client.end()
      }
    }
  })

  it('publishes from the restored database the same sites, byte for byte, as a clean build of the original', async () => {
    const snapshots = { a: path.join(root, 'snap-a'), b: path.join(root, 'snap-b') }
    for (const [name, env] of [
      ['a', source],
      ['b', target],
    ] as const) {
      const exported = await runScript('export.ts', ['--out', snapshots[name]], env)
      expect(exported.code, output(exported)).toBe(0)
    }
    expect(snapshotDifferences(snapshots.a, snapshots.b)).toEqual([])
    // The restore queued every site: the worker publishes them as after any deploy.
    const live = path.join(root, 'published', 'sites')
    const worker = await runScript('worker.ts', ['--once'], { ...target, SITES_DIR: live })
    expect(worker.code, output(worker)).toBe(0)
    expect(await snapshotsBuildDifferences(snapshots.a, path.join(root, 'clean'), live)).toEqual([])
  })

  it('refuses a database that is not empty, and a damaged archive, leaving nothing behind', async () => {
    const again = await runScript('restore.ts', [archive('a')], target)
    expect(again.code).toBe(1)
    expect(again.stderr).toMatch(/The target database is not empty: .*rows/)

    const lines = archiveLines(archive('a'))
    const cut = archive('cut')
    writeFileSync(cut, gzipSync(lines.slice(0, Math.floor(lines.length * 0.9)).join('\n')))
    const fresh = { DATA_DIR: `${root}/c`, DATABASE_URI: `file:${root}/c/db.sqlite` }
    const damaged = await runScript('restore.ts', [cut], fresh)
    expect(damaged.code).toBe(1)
    expect(damaged.stderr).toMatch(/is damaged: it ends before its last line/)
    // Nothing was left behind: no row in the database, no file in the upload folders.
    const { createClient } = await import('@libsql/client')
    const db = createClient({ url: fresh.DATABASE_URI })
    try {
      for (const table of ['organizations', 'users', 'posts', '_posts_v', 'media']) {
        const { rows } = await db.execute(`SELECT count(*) AS n FROM "${table}"`)
        expect(Number(rows[0]!.n), table).toBe(0)
      }
    } finally {
      db.close()
    }
    expect(treeFilesOrNone(path.join(fresh.DATA_DIR, 'uploads'))).toEqual([])
  })
})
