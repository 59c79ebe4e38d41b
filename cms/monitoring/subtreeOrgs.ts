import { sql } from 'drizzle-orm'
import type { PayloadRequest } from 'payload'
import { sqlNumber } from '../db/rawSql'
import { monitoringSql } from './monitoringSql'
import { SOCIAL_NETWORK_KEYS } from '../../domain/socialNetworks'
import { packedRows } from './facts/packedRows'
import { withSubtree } from './facts/subtreeSql'

/** The card fields whose presence the rules read, one bit each in `SubtreeOrg.filled`. */
export const FILLED = [
  'contacts_address',
  'contacts_phone',
  'contacts_email',
  'contacts_reception_hours',
  'contacts_hotline',
  'info_officer_name',
  'info_officer_phone',
  'info_officer_email',
] as const
export type FilledField = (typeof FILLED)[number]

/** An org of the subtree as its own row stores it (the families' queries add the rest). */
export interface SubtreeOrg {
  id: string
  name: string
  kind: string
  parentId: string | null
  /** Depth below the root of the view. */
  depth: number
  memberCount: number | null
  incomingPolicy: string
  hostingMode: string
  has(field: FilledField): boolean
  /** Social channels filled in. */
  socials: number
}

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
const filled = (column: string) => `CASE WHEN o.${column} <> '' THEN 1 ELSE 0 END`

/**
 * The root and every org below it in one statement (the stored `ancestors`, kept by the
 * structure jobs). Which card fields are filled comes back as one bit mask and a count of
 * social channels, not as the texts: fewer cells to carry (see packedRows).
 */
export async function subtreeOrgs(
  req: PayloadRequest,
  rootId: string,
  /** The root alone (its own row; depth 0), not its subtree. */
  ownOnly = false,
): Promise<SubtreeOrg[]> {
  const db = await monitoringSql(req)
  const mask = sql.raw(FILLED.map((c, i) => `${1 << i} * ${filled(c)}`).join(' + '))
  const socials = sql.raw(
    SOCIAL_NETWORK_KEYS.map((key) => filled(`social_${snake(key)}`)).join(' + '),
  )
  const root = Number(rootId)
  const rows = await packedRows(
    db,
    [
      'id',
      'name',
      'kind',
      'parent_id',
      'depth',
      'member_count',
      'policy',
      'mode',
      'mask',
      'socials',
    ],
    sql`${withSubtree(ownOnly ? { only: root } : root)}
    SELECT o.id AS id, o.name AS name, o.kind AS kind, o.parent_id AS parent_id, o.depth AS depth,
      o.member_count AS member_count, o.incoming_policy AS policy, o.hosting_mode AS mode,
      ${mask} AS mask, ${socials} AS socials
    FROM sub CROSS JOIN organizations o WHERE o.id = sub.id`,
  )
  const rootDepth = sqlNumber(rows.find((r) => String(r.id) === String(rootId))?.depth)
  return rows.map((row) => {
    const bits = sqlNumber(row.mask)
    return {
      id: String(row.id),
      name: String(row.name ?? ''),
      kind: String(row.kind),
      parentId:
        row.parent_id === null || row.parent_id === undefined ? null : String(row.parent_id),
      depth: sqlNumber(row.depth) - rootDepth,
      memberCount: row.member_count === null ? null : sqlNumber(row.member_count),
      incomingPolicy: String(row.policy ?? 'auto'),
      hostingMode: String(row.mode ?? 'subdomain'),
      has: (field) => (bits & (1 << FILLED.indexOf(field))) !== 0,
      socials: sqlNumber(row.socials),
    }
  })
}
