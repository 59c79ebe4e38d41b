import type { OrgId } from '../../domain/org/orgGraph'

/** Relationship values arrive as ids or as populated documents, depending on depth and caller. */
export function idOf(value: unknown): OrgId | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'number' || typeof value === 'string') return value
  if (typeof value === 'object' && 'id' in value) return (value as { id: OrgId }).id
  return null
}

export function idsOf(values: unknown): OrgId[] {
  if (!Array.isArray(values)) return []
  return values.map(idOf).filter((id): id is OrgId => id !== null)
}
