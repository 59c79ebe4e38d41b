import { sql } from 'drizzle-orm'
import type { Payload, PayloadRequest } from 'payload'
import { foldForSearch } from '../../../domain/text/foldForSearch'
import { foldedName } from '../../search/foldedName'
import { SEARCH_FIELDS } from '../../search/searchFields'
import { rawSql, type SqlDb } from '../rawSql'

const PAGE_SIZE = 500
const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

/** Fills one table's folded columns from their sources, PAGE_SIZE rows at a time by id. */
async function fillTable(
  db: SqlDb,
  table: string,
  columns: readonly (readonly [source: string, folded: string])[],
): Promise<number> {
  let filled = 0
  let after = 0
  const list = sql.raw(columns.map(([source]) => `"${source}"`).join(', '))
  for (;;) {
    const rows = await db.run(
      sql`SELECT id, ${list} FROM ${sql.raw(`"${table}"`)} WHERE id > ${after} ORDER BY id LIMIT ${PAGE_SIZE}`,
    )
    for (const row of rows) {
      const sets = columns.map(([source, target]) => {
        const value = row[source]
        const folded = typeof value === 'string' && value !== '' ? foldForSearch(value) : null
        return sql`${sql.raw(`"${target}"`)} = ${folded}`
      })
      await db.run(
        sql`UPDATE ${sql.raw(`"${table}"`)} SET ${sql.join(sets, sql`, `)} WHERE id = ${row.id}`,
      )
      filled++
    }
    if (rows.length < PAGE_SIZE) return filled
    after = Number(rows[rows.length - 1]!.id)
  }
}

/**
 * Fills the folded search copies (cms/search) of the texts saved before they existed, in each
 * collection's table and, for drafts, its versions table (the admin's lists read the latest
 * versions). Through SQL, with no hooks, no new version and `updatedAt` kept. SQL databases
 * only: a MongoDB store has no data from before this change to fill. Returns the rows filled.
 */
export async function backfillFoldedSearch(
  payload: Payload,
  req?: PayloadRequest,
): Promise<number> {
  const db = req ? await rawSql(req) : null
  if (!db) return 0
  let filled = 0
  for (const [slug, fields] of Object.entries(SEARCH_FIELDS)) {
    const columns = fields.map((f) => [snake(f), snake(foldedName(f))] as const)
    filled += await fillTable(db, snake(slug), columns)
    if (payload.collections[slug as keyof typeof payload.collections]?.config.versions?.drafts)
      filled += await fillTable(
        db,
        `_${snake(slug)}_v`,
        columns.map(([source, target]) => [`version_${source}`, `version_${target}`] as const),
      )
  }
  return filled
}
