import type { Payload } from 'payload'
import type { Id } from './orgTree'

interface Tables {
  drizzle: {
    insert(table: unknown): {
      values(
        rows: unknown[],
      ): { returning(fields: unknown): Promise<{ id: number }[]> } & Promise<unknown>
    }
  }
  tables: Record<string, Record<string, unknown>>
}

const BATCH = 400

/**
 * Inserts owned content straight into the adapter's tables, in batches, with each row's
 * orgLineage relations: the Local API would take many minutes for 100k+ rows (and would record
 * every row as a change to publish).
 */
export async function insertOwned(
  payload: Payload,
  table: 'posts' | 'pages',
  rows: Record<string, unknown>[],
  lineage: ReadonlyMap<string, Id[]>,
): Promise<void> {
  const db = payload.db as unknown as Tables
  for (let from = 0; from < rows.length; from += BATCH) {
    const chunk = rows.slice(from, from + BATCH)
    const ids = await db.drizzle
      .insert(db.tables[table])
      .values(chunk)
      .returning({ id: db.tables[table]!.id })
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
