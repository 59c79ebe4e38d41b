import { ALLOWED_MEMBERSHIP_KINDS, ALLOWED_PARENT_KINDS, type OrgKind } from './orgKinds'

/** Payload ids are numbers on SQL databases and strings on MongoDB. */
export type OrgId = string | number

/** The upstream edges of one organization: its structural parent and its memberships. */
export interface OrgLinks {
  id: OrgId
  parent: OrgId | null
  memberships: readonly OrgId[]
}

export const sameId = (a: OrgId | null | undefined, b: OrgId | null | undefined): boolean =>
  a !== null && a !== undefined && b !== null && b !== undefined && String(a) === String(b)

/**
 * Looks for a path from any of `upstreams` back to `orgId` along parent and membership edges.
 * Returns the cycle as a list of ids starting and ending at `orgId`, or null when there is none.
 * `linksOf` must know every org reachable upward from `upstreams` (see loadUpstreamClosure).
 */
export function findUpstreamCycle(
  orgId: OrgId,
  upstreams: readonly OrgId[],
  linksOf: (id: OrgId) => OrgLinks | undefined,
): OrgId[] | null {
  const target = String(orgId)
  const cameFrom = new Map<string, string | null>()
  const queue: OrgId[] = []
  for (const up of upstreams) {
    const key = String(up)
    if (key === target) return [orgId, orgId]
    if (!cameFrom.has(key)) {
      cameFrom.set(key, null)
      queue.push(up)
    }
  }
  for (let i = 0; i < queue.length; i++) {
    const current = queue[i]!
    const links = linksOf(current)
    if (!links) continue
    const next = links.parent === null ? links.memberships : [links.parent, ...links.memberships]
    for (const up of next) {
      const key = String(up)
      if (key === target) {
        const path: OrgId[] = [orgId]
        const back: string[] = []
        for (let at: string | null = String(current); at !== null; at = cameFrom.get(at) ?? null) {
          back.push(at)
        }
        return [...path, ...back.reverse(), orgId]
      }
      if (!cameFrom.has(key)) {
        cameFrom.set(key, String(current))
        queue.push(up)
      }
    }
  }
  return null
}

export function parentKindAllowed(childKind: OrgKind, parentKind: OrgKind): boolean {
  return ALLOWED_PARENT_KINDS[childKind].includes(parentKind)
}

export function membershipKindAllowed(childKind: OrgKind, upstreamKind: OrgKind): boolean {
  return ALLOWED_MEMBERSHIP_KINDS[childKind].includes(upstreamKind)
}
