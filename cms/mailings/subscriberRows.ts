import type { Payload, Where } from 'payload'
import { idOf } from '../services/refs'

export interface SubscriberRow {
  id: number | string
  email: string
  org: string
  tokenSeed: string
  confirmedAt: string | null
}

const SELECT = { email: true, organization: true, tokenSeed: true, confirmedAt: true } as const
const CHUNK = 500

const toRow = (d: {
  id: number | string
  email: string
  organization: unknown
  tokenSeed: string
  confirmedAt?: string | null
}): SubscriberRow => ({
  id: d.id,
  email: d.email.toLowerCase(),
  org: String(idOf(d.organization)),
  tokenSeed: d.tokenSeed,
  confirmedAt: d.confirmedAt ?? null,
})

/**
 * The subscription rows matching `where(chunk)` for `values` taken CHUNK at a time (an `in` list
 * stays within the databases' bound-parameter limits), oldest first.
 */
async function rowsInChunks(
  payload: Payload,
  values: readonly string[],
  where: (chunk: string[]) => Where,
): Promise<SubscriberRow[]> {
  const rows: SubscriberRow[] = []
  for (let i = 0; i < values.length; i += CHUNK) {
    const { docs } = await payload.find({
      collection: 'subscribers',
      where: where(values.slice(i, i + CHUNK)),
      sort: 'id',
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

/** Confirmed «every» subscribers of these sites (pending, unsubscribed and bounced get nothing). */
export function everySubscribers(
  payload: Payload,
  orgIds: readonly string[],
): Promise<SubscriberRow[]> {
  return rowsInChunks(payload, orgIds, (chunk): Where => ({
    and: [
      { organization: { in: chunk } },
      { mode: { equals: 'every' } },
      { status: { equals: 'confirmed' } },
    ],
  }))
}

const WEEKLY = [{ mode: { equals: 'weekly' } }, { status: { equals: 'confirmed' } }] as const

/**
 * The next confirmed «weekly» subscriptions on the sites `orgIds`, by id after `after`: up to
 * `limit` rows. A cursor, not an offset: an unsubscribe during the run shifts nothing.
 */
export async function weeklyRowsOfSites(
  payload: Payload,
  orgIds: readonly string[],
  after: SubscriberRow['id'] | null,
  limit: number,
): Promise<{ rows: SubscriberRow[]; last: SubscriberRow['id'] | null; done: boolean }> {
  const { docs } = await payload.find({
    collection: 'subscribers',
    where: {
      and: [
        ...WEEKLY,
        { organization: { in: orgIds } },
        ...(after === null ? [] : [{ id: { greater_than: after } }]),
      ],
    },
    sort: 'id',
    select: SELECT,
    depth: 0,
    limit,
    pagination: false,
    overrideAccess: true,
  })
  const rows = docs.map(toRow)
  return { rows, last: rows.at(-1)?.id ?? after, done: rows.length < limit }
}

/**
 * Every confirmed «weekly» subscription of these addresses (lower-cased, as stored), each
 * address's oldest first: its digest has a section per site in the order it subscribed.
 */
export function weeklyRowsOfAddresses(
  payload: Payload,
  emails: readonly string[],
): Promise<SubscriberRow[]> {
  return rowsInChunks(payload, emails, (chunk): Where => ({
    and: [...WEEKLY, { email: { in: chunk } }],
  }))
}
