import { sql } from 'drizzle-orm'
import { PgDialect } from 'drizzle-orm/pg-core'
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core'
import { describe, expect, it } from 'vitest'
import { compileShaped, fillShaped, statementName } from '../../cms/db/shapedSql'
import {
  feedShapeKey,
  feedSql,
  feedValues,
  type FeedShape,
} from '../../cms/syndication/sql/feedSql'

const pg = new PgDialect()
const lite = new SQLiteSyncDialect()

const shape: FeedShape = {
  kind: 'primary_org',
  hides: true,
  pins: true,
  reposts: true,
  review: true,
  upstream: 3,
  nullsFirst: true,
}
const reader = {
  org: 42,
  upstream: [
    { id: 7, distance: 1 },
    { id: 3, distance: 2 },
    { id: 1, distance: 3 },
  ],
  limit: 20,
  now: '2026-12-02T08:00:00.000Z',
}

describe('shaped statements', () => {
  it('compiles a shape once and fills each call with its own values', () => {
    let builds = 0
    const build = () => {
      builds++
      return sql`SELECT ${sql.placeholder('a')} AS a, ${'fixed'} AS b, ${sql.placeholder('a')} AS c`
    }
    const first = compileShaped('postgres', 'test:once', build, (q) => pg.sqlToQuery(q))
    const again = compileShaped('postgres', 'test:once', build, (q) => pg.sqlToQuery(q))
    expect(builds).toBe(1)
    expect(again).toBe(first)
    expect(first.sql).toBe('SELECT $1 AS a, $2 AS b, $3 AS c')
    expect(first.name).toBe(statementName(first.sql))
    expect(fillShaped(first, { a: 5 })).toEqual([5, 'fixed', 5])
    expect(fillShaped(first, { a: 'x' })).toEqual(['x', 'fixed', 'x'])
    // Each dialect has its own text for the same shape.
    const sqlite = compileShaped('sqlite', 'test:once', build, (q) => lite.sqlToQuery(q))
    expect(sqlite.sql).toBe('SELECT ? AS a, ? AS b, ? AS c')
  })

  it('refuses a call that lacks a value', () => {
    const statement = compileShaped(
      'postgres',
      'test:missing',
      () => sql`SELECT ${sql.placeholder('org')}`,
      (q) => pg.sqlToQuery(q),
    )
    expect(() => fillShaped(statement, {})).toThrow('no value for "org"')
  })

  it('fills the feed statement with the reader’s values', () => {
    const shaped = pg.sqlToQuery(feedSql(shape))
    const params = fillShaped(shaped, feedValues(reader))
    // The same statement with the reader's values written in, as it was built before shapes.
    const inline = shaped.sql.replace(/\$(\d+)/g, (_, n: string) => {
      const value = params[Number(n) - 1]
      return typeof value === 'string' ? `'${value}'` : String(value)
    })
    expect(inline).toContain('p.organization_id = 42')
    expect(inline).toContain('p.organization_id = 7 AND p.reach_depth >= 1')
    expect(inline).toContain('p.organization_id = 1 AND p.reach_depth >= 3')
    expect(inline).toContain("d.until > '2026-12-02T08:00:00.000Z'")
    expect(inline).toContain('LIMIT 20')
    expect(params).not.toContainEqual(expect.objectContaining({ name: expect.any(String) }))
  })

  it('keys feed shapes by every part that changes the text', () => {
    const keys = new Set([
      feedShapeKey(shape),
      feedShapeKey({ ...shape, kind: 'territorial_org' }),
      feedShapeKey({ ...shape, upstream: 2 }),
      feedShapeKey({ ...shape, hides: false }),
      feedShapeKey({ ...shape, pins: false }),
      feedShapeKey({ ...shape, reposts: false }),
      feedShapeKey({ ...shape, review: false }),
      feedShapeKey({ ...shape, nullsFirst: false }),
    ])
    expect(keys.size).toBe(8)
    const text = (s: FeedShape) => pg.sqlToQuery(feedSql(s)).sql
    expect(text({ ...shape, hides: false })).not.toBe(text(shape))
    expect(text({ ...shape, upstream: 2 })).not.toBe(text(shape))
  })
})
