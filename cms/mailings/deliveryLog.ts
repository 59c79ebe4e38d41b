import { eq, inArray } from 'drizzle-orm'
import type { Payload } from 'payload'
import { pgMailDeliveries, sqliteMailDeliveries } from './mailDeliveryTable'

interface DrizzleLike {
  insert(table: unknown): {
    values(row: unknown): {
      onConflictDoNothing(): { returning(fields: unknown): Promise<unknown[]> }
    }
  }
  update(table: unknown): { set(values: unknown): { where(condition: unknown): Promise<unknown> } }
  delete(table: unknown): { where(condition: unknown): Promise<unknown> }
  select(fields: unknown): {
    from(table: unknown): { where(condition: unknown): Promise<unknown[]> }
  }
}

type DeliveryState = 'claimed' | 'sent' | 'failed'

/**
 * The delivery log's operations. Each is one statement outside any request transaction, so a
 * claim is committed before the message is handed to SMTP (the point of the log). SQLite and
 * PostgreSQL go through drizzle (an insert that the unique key lets exactly one of two
 * concurrent senders win); MongoDB through the Local API (its unique index refuses the second).
 */
export class DeliveryLog {
  private readonly drizzle?: DrizzleLike
  private readonly table: typeof sqliteMailDeliveries | typeof pgMailDeliveries

  constructor(private readonly payload: Payload) {
    const db = payload.db as unknown as { name: string; drizzle?: DrizzleLike }
    this.table = db.name === 'postgres' ? pgMailDeliveries : sqliteMailDeliveries
    if (db.drizzle && (db.name === 'sqlite' || db.name === 'postgres')) this.drizzle = db.drizzle
  }

  /** Takes the key; false when it was taken already (sent, failed, or a killed sender's claim). */
  async claim(key: string, email: string): Promise<boolean> {
    if (this.drizzle) {
      const rows = await this.drizzle
        .insert(this.table)
        .values({ key, email, state: 'claimed' })
        .onConflictDoNothing()
        .returning({ key: this.table.key })
      return rows.length === 1
    }
    try {
      await this.payload.create({
        collection: 'mail-deliveries',
        data: { key, email, state: 'claimed' },
        overrideAccess: true,
      })
      return true
    } catch {
      return false
    }
  }

  /** Of `keys`, those the log holds already (so a resumed run renders nothing for them). */
  async taken(keys: readonly string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set()
    if (this.drizzle) {
      const rows = (await this.drizzle
        .select({ key: this.table.key })
        .from(this.table)
        .where(inArray(this.table.key as never, keys as never))) as { key: string }[]
      return new Set(rows.map((r) => r.key))
    }
    const { docs } = await this.payload.find({
      collection: 'mail-deliveries',
      where: { key: { in: keys } },
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    return new Set(docs.map((d) => d.key))
  }

  async mark(key: string, state: DeliveryState, error?: string): Promise<void> {
    const values = { state, error: error?.slice(0, 500) ?? null }
    if (this.drizzle) {
      await this.drizzle
        .update(this.table)
        .set(values)
        .where(eq(this.table.key as never, key as never))
      return
    }
    await this.payload.update({
      collection: 'mail-deliveries',
      where: { key: { equals: key } },
      data: { state, error: values.error },
      overrideAccess: true,
    })
  }

  /** Gives a claim back after a transient failure (server down, 4xx): a later run sends it. */
  async release(key: string): Promise<void> {
    if (this.drizzle) {
      await this.drizzle.delete(this.table).where(eq(this.table.key as never, key as never))
      return
    }
    await this.payload.delete({
      collection: 'mail-deliveries',
      where: { key: { equals: key } },
      overrideAccess: true,
    })
  }
}
