/** Levels of the union structure, from the top. The rank orders structural parents. */
export const ORG_KINDS = [
  'federation',
  'union',
  'territorial_association',
  'territorial_org',
  'primary_org',
] as const

export type OrgKind = (typeof ORG_KINDS)[number]

export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  federation: 'Федерация',
  union: 'Общероссийский (межрегиональный) профсоюз',
  territorial_association: 'Территориальное объединение организаций профсоюзов',
  territorial_org: 'Территориальная организация профсоюза',
  primary_org: 'Первичная профсоюзная организация',
}

export const ORG_KIND_SHORT_LABELS: Record<OrgKind, string> = {
  federation: 'Федерация',
  union: 'Профсоюз',
  territorial_association: 'ТООП',
  territorial_org: 'Терком',
  primary_org: 'ППО',
}

/**
 * Unions and territorial associations sit side by side under the federation, so they share a rank.
 * An upstream org (parent or membership) must have a strictly smaller rank.
 */
export const ORG_KIND_RANK: Record<OrgKind, number> = {
  federation: 0,
  union: 1,
  territorial_association: 1,
  territorial_org: 2,
  primary_org: 3,
}

export function isOrgKind(value: unknown): value is OrgKind {
  return typeof value === 'string' && (ORG_KINDS as readonly string[]).includes(value)
}
