import { type OrgId, sameId } from '../org/orgGraph'

/**
 * The authorization model in plain data. A user is either a platform admin or holds grants:
 * a role on one organization, optionally covering its whole structural subtree.
 * Memberships (an org being a member of a ТООП) give syndication, never editing rights.
 */
export const GRANT_ROLES = ['admin', 'editor'] as const
export type GrantRole = (typeof GRANT_ROLES)[number]

export type Ref = OrgId | { id: OrgId }

export interface Grant {
  organization: Ref
  role: GrantRole
  subtree?: boolean | null
}

export interface ScopedUser {
  id: OrgId
  role?: 'platform-admin' | 'member' | null
  grants?: readonly Grant[] | null
}

export const refId = (ref: Ref): OrgId => (typeof ref === 'object' ? ref.id : ref)

const ROLE_WEIGHT: Record<GrantRole, number> = { editor: 1, admin: 2 }

export function isPlatformAdmin(user: ScopedUser | null | undefined): boolean {
  return user?.role === 'platform-admin'
}

/** Grants of at least `role` (an admin grant also works as an editor grant). */
export function grantsAtLeast(user: ScopedUser | null | undefined, role: GrantRole): Grant[] {
  return (user?.grants ?? []).filter((g) => ROLE_WEIGHT[g.role] >= ROLE_WEIGHT[role])
}

export interface ScopeFields {
  /** The field holding the owning org's id. */
  org: string
  /** A hasMany field holding the owning org's lineage (its ancestors and itself). */
  lineage: string
}

/**
 * A filter on an owner field (`in` a list of org ids), or several joined by `or`: the shape of a
 * Payload `where`, which the CMS's access functions return as it is.
 */
export type OwnerFilter = { [field: string]: { in: OrgId[] } } | { or: OwnerFilter[] }

/**
 * What a user may touch with `role`: true for platform admins, false without grants,
 * otherwise a `where` on the owner org (direct grants) or its lineage (subtree grants).
 */
export function scopeWhere(
  user: ScopedUser | null | undefined,
  role: GrantRole,
  fields: ScopeFields,
): OwnerFilter | boolean {
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  const grants = grantsAtLeast(user, role)
  if (grants.length === 0) return false
  const direct = grants.filter((g) => !g.subtree).map((g) => refId(g.organization))
  const roots = grants.filter((g) => g.subtree).map((g) => refId(g.organization))
  const or: OwnerFilter[] = []
  if (direct.length > 0) or.push({ [fields.org]: { in: direct } })
  if (roots.length > 0) or.push({ [fields.lineage]: { in: roots } })
  return or.length === 1 ? or[0]! : { or }
}

/** Whether an org, given its lineage (ancestors and itself), is within the user's scope. */
export function coversOrg(
  user: ScopedUser | null | undefined,
  role: GrantRole,
  orgId: OrgId,
  lineage: readonly OrgId[],
): boolean {
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  return grantsAtLeast(user, role).some((g) => {
    const granted = refId(g.organization)
    return (
      sameId(granted, orgId) || (g.subtree === true && lineage.some((id) => sameId(id, granted)))
    )
  })
}

/**
 * Whether an admin may hand out (or take away) `grant`: its org must be in the admin's scope,
 * and a subtree grant needs a subtree admin grant at or above that org.
 */
export function coversGrant(
  actor: ScopedUser | null | undefined,
  grant: Grant,
  grantOrgLineage: readonly OrgId[],
): boolean {
  if (!actor) return false
  if (isPlatformAdmin(actor)) return true
  const target = refId(grant.organization)
  return grantsAtLeast(actor, 'admin').some((a) => {
    const own = refId(a.organization)
    if (a.subtree) return grantOrgLineage.some((id) => sameId(id, own))
    return sameId(own, target) && !grant.subtree
  })
}

/** A stable comparable form of a grant, for detecting which grants an edit changed. */
export function grantKey(grant: Grant): string {
  return `${String(refId(grant.organization))}|${grant.role}|${grant.subtree ? 1 : 0}`
}

export interface ManagedUser {
  id: OrgId
  role?: 'platform-admin' | 'member' | null
  grants?: readonly Grant[] | null
}

/**
 * Whether `actor` may manage `target`'s account (e-mail, password, name, role; deleting it).
 * Oneself and platform admins always; nobody else touches a platform admin; an org admin only
 * when every one of the target's grants lies in the admin's scope (one it could hand out itself),
 * so an admin cannot take over someone who also holds rights elsewhere. A user without any
 * grant belongs to no admin's scope.
 */
export function mayManageUser(
  actor: ScopedUser | null | undefined,
  target: ManagedUser,
  lineageOf: (orgId: OrgId) => readonly OrgId[],
): boolean {
  if (!actor) return false
  if (sameId(actor.id, target.id)) return true
  if (isPlatformAdmin(actor)) return true
  if (target.role === 'platform-admin') return false
  const grants = target.grants ?? []
  if (grants.length === 0 || grantsAtLeast(actor, 'admin').length === 0) return false
  return grants.every((g) => coversGrant(actor, g, lineageOf(refId(g.organization))))
}
