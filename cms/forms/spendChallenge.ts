import { createHash } from 'node:crypto'
import { lt } from 'drizzle-orm'
import type { Payload } from 'payload'
import { pgUsedChallenges, sqliteUsedChallenges } from './usedChallengeTable'

interface DrizzleLike {
  insert(table: unknown): {
    values(row: unknown): {
      onConflictDoNothing(): { returning(fields: unknown): Promise<unknown[]> }
    }
  }
  delete(table: unknown): { where(condition: unknown): Promise<unknown> }
}

const SWEEP_EVERY_MS = 60_000
const lastSweep = new WeakMap<Payload, number>()

/** MongoDB (optional, not in the default tests) remembers in memory, as the login limiter does. */
const memory = new WeakMap<Payload, Map<string, number>>()

function spendInMemory(payload: Payload, key: string, expire: Date, now: Date): boolean {
  const used = memory.get(payload) ?? new Map<string, number>()
  memory.set(payload, used)
  for (const [k, until] of used) if (until < now.getTime()) used.delete(k)
  if (used.has(key)) return false
  used.set(key, expire.getTime())
  return true
}

/**
 * Marks a solved challenge as used; false when it already was (a replay). The insert either
 * adds the row or, on the unique key, does nothing: of two concurrent replays exactly one gets
 * its row back. Only a hash of the challenge id is kept, until the challenge expires (a row
 * outliving that does no harm: the expired challenge is refused before it is looked up).
 */
export async function spendChallenge(
  payload: Payload,
  id: string,
  expire: Date,
  now: Date = new Date(),
): Promise<boolean> {
  const key = createHash('sha256').update(id).digest('hex')
  const db = payload.db as unknown as { name: string; drizzle?: DrizzleLike }
  if (!db.drizzle || (db.name !== 'sqlite' && db.name !== 'postgres'))
    return spendInMemory(payload, key, expire, now)
  const table = db.name === 'sqlite' ? sqliteUsedChallenges : pgUsedChallenges
  // Expired rows go at most once a minute per process: a delete is a write, and SQLite has one writer.
  if (now.getTime() - (lastSweep.get(payload) ?? 0) > SWEEP_EVERY_MS) {
    lastSweep.set(payload, now.getTime())
    await db.drizzle.delete(table).where(lt(table.expire as never, now as never))
  }
  const rows = await db.drizzle
    .insert(table)
    .values({ key, expire })
    .onConflictDoNothing()
    .returning({ key: table.key })
  return rows.length === 1
}
