import type { PayloadRequest, Where } from 'payload'
import type { CountTable } from './countTables'

/**
 * MongoDB's way of upsertCounts (no SQL there): per row, the stored one is read by the unique
 * key and updated with the sums, or created. Inside the caller's transaction (`req`).
 */
export async function addCountsLocal<Row extends { org: string }>(
  req: PayloadRequest,
  table: CountTable<Row>,
  rows: readonly Row[],
): Promise<void> {
  const { payload } = req
  const common = { depth: 0, overrideAccess: true, req } as const
  for (const row of rows) {
    const where: Where = {
      and: [
        { org: { equals: row.org } },
        ...table.key.map((c): Where => ({ [c]: { equals: row[c] } })),
      ],
    }
    const { docs } = await payload.find({
      collection: table.collection,
      where,
      select: Object.fromEntries(table.sums.map((c) => [c, true])) as never,
      limit: 1,
      pagination: false,
      ...common,
    })
    const stored = docs[0] as unknown as
      (Record<string, number> & { id: string | number }) | undefined
    if (stored) {
      const sums = Object.fromEntries(
        table.sums.map((c) => [c, Number(stored[c] ?? 0) + Number(row[c])]),
      )
      await payload.update({ collection: table.collection, id: stored.id, data: sums, ...common })
    } else
      await payload.create({
        collection: table.collection,
        data: { ...row, org: Number.isNaN(Number(row.org)) ? row.org : Number(row.org) } as never,
        ...common,
      })
  }
}
