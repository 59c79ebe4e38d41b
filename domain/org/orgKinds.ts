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
 * Which levels may be a structural parent. A district Терком sits inside a city or regional one,
 * and a ППО may belong to a territorial organization or straight to its union.
 */
export const ALLOWED_PARENT_KINDS: Record<OrgKind, readonly OrgKind[]> = {
  federation: [],
  union: ['federation'],
  territorial_association: ['federation'],
  territorial_org: ['union', 'territorial_org'],
  primary_org: ['union', 'territorial_org'],
}

/** Membership edges beside the tree: chiefly membership in a regional association (ТООП). */
export const ALLOWED_MEMBERSHIP_KINDS: Record<OrgKind, readonly OrgKind[]> = {
  federation: [],
  union: ['territorial_association'],
  territorial_association: [],
  territorial_org: ['territorial_association'],
  primary_org: ['territorial_association', 'territorial_org'],
}

export function isOrgKind(value: unknown): value is OrgKind {
  return typeof value === 'string' && (ORG_KINDS as readonly string[]).includes(value)
}
