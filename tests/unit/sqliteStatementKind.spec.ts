import { describe, expect, it } from 'vitest'
import { isReadStatement } from '../../cms/db/sqlite/statementKind'

describe('which SQLite statements run without the write lock', () => {
  it('reads: select, with … select, PRAGMA queries', () => {
    for (const sql of [
      'select "id" from "posts" where "id" = ?',
      '  SELECT count(*) FROM site_builds',
      'WITH RECURSIVE walk(start, id) AS (SELECT 1, 1) SELECT * FROM walk',
      'PRAGMA table_info(`posts`)',
      'pragma journal_mode',
      'explain query plan select 1',
    ])
      expect(isReadStatement(sql), sql).toBe(true)
  })

  it('writes: insert, update, delete, DDL, PRAGMA settings, BEGIN', () => {
    for (const sql of [
      'insert into "posts" ("title") values (?) returning "id"',
      'update "site_builds" set "lease_owner" = ? where "id" in (select "id" from "site_builds" limit 3) returning "id"',
      'delete from "payload_locked_documents" where false',
      'WITH old AS (SELECT id FROM publish_changes) DELETE FROM publish_changes WHERE id IN old',
      'CREATE TABLE `__new_posts` (`id` integer PRIMARY KEY)',
      'PRAGMA foreign_keys=OFF;',
      'BEGIN IMMEDIATE',
    ])
      expect(isReadStatement(sql), sql).toBe(false)
  })

  it('a column named like a keyword does not make a read a write', () => {
    expect(isReadStatement('with x as (select updated_at, deleted from t) select * from x')).toBe(
      true,
    )
  })
})
