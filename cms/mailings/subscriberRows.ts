import type { Payload } from 'payload'
import { idOf } from '../services/refs'

export interface SubscriberRow {
  email: string
  org: string
  tokenSeed: string
  confirmedAt: string | null
}

const SELECT = { email: true, organization: true, tokenSeed: true, confirmedAt: true } as const
const CHUNK = 500

const toRow = (d: {
  email: string
  organization: unknown
  tokenSeed: string
  confirmedAt?: string | null
}): SubscriberRow => ({
  email: d.email.toLowerCase(),
  org: String(idOf(d.organization)),
  tokenSeed: d.tokenSeed,
  confirmedAt: d.confirmedAt ?? null,
})

/** Confirmed «every» subscribers of these sites (pending, unsubscribed and bounced get nothing). */
export async function everySubscribers(
  payload: Payload,
  orgIds: readonly string[],
): Promise<SubscriberRow[]> {
  const rows: SubscriberRow[] = []
  for (let i = 0; i < orgIds.length; i += CHUNK) {
    const { docs } = await payload.find({
      collection: 'subscribers',
      where: {
        and: [
          { organization: { in: orgIds.slice(i, i + CHUNK) } },
          { mode: { equals: 'every' } },
          { status: { equals: 'confirmed' } },
        ],
      },
      select: SELECT,
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
    rows.push(...docs.map(toRow))
  }
  return rows
}

/**
 * The next confirmed «weekly» subscriptions by address after `after`, every row of each address
 * together (a digest has a section per site of the address): up to `limit` rows, the last
 * address dropped unless the page ended, so no address is split between two pages. A cursor
 * on the address, not an offset: an unsubscribe during the run shifts nothing.
 */
export async function weeklySubscriberPage(
  payload: Payload,
  after: string | null,
  limit: number,
): Promise<{ rows: SubscriberRow[]; last: string | null; done: boolean }> {
  const { docs } = await payload.find({
    collection: 'subscribers',
    where: {
      and: [
        { mode: { equals: 'weekly' } },
        { status: { equals: 'confirmed' } },
        ...(after === null ? [] : [{ email: { greater_than: after } }]),
      ],
    },
    sort: ['email', 'id'],
    select: SELECT,
    depth: 0,
    limit,
    pagination: false,
    overrideAccess: true,
  })
  const rows = docs.map(toRow)
  if (rows.length < limit) return { rows, last: rows.at(-1)?.email ?? after, done: true }
  const lastEmail = rows.at(-1)!.email
  const whole = rows.filter((r) => r.email !== lastEmail)
  // One address with more rows than a page (impossible with a sane limit): take them all.
  if (whole.length === 0) return { rows, last: lastEmail, done: false }
  return { rows: whole, last: whole.at(-1)!.email, done: false }
}
