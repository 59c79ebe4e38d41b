import type { HostingMode } from '../../../domain/contentTypes'
import type { OrgKind } from '../../../domain/org/orgKinds'
import type { StructureSettings } from '../../../domain/org/structureChanges'

type Ref = string | number | { id?: string | number } | null | undefined
type OrgData = Record<string, unknown>

const idOf = (ref: Ref): string | null =>
  ref === null || ref === undefined
    ? null
    : typeof ref === 'object'
      ? ref.id == null
        ? null
        : String(ref.id)
      : String(ref)

const idsOf = (refs: unknown): string[] =>
  Array.isArray(refs)
    ? refs.map((r) => idOf(r as Ref)).filter((id): id is string => id !== null)
    : []

/** The ids of the orgs whose names the confirmation needs: both parents, every membership. */
export function referencedOrgs(before: OrgData, after: OrgData): string[] {
  const ids = [
    idOf(before.parent as Ref),
    idOf(after.parent as Ref),
    ...idsOf(before.memberships),
    ...idsOf(after.memberships),
  ]
  return [...new Set(ids.filter((id): id is string => id !== null))]
}

/** The structure settings of the form's data (as saved, or as edited), with orgs by name. */
export function readStructureSettings(
  data: OrgData,
  names: ReadonlyMap<string, string>,
): StructureSettings {
  const nameOf = (id: string | null) => (id === null ? null : (names.get(id) ?? `№ ${id}`))
  const hosting = (data.hosting ?? {}) as { mode?: HostingMode; customDomain?: string | null }
  return {
    slug: typeof data.slug === 'string' ? data.slug : null,
    kind: (data.kind as OrgKind | undefined) ?? null,
    parentName: nameOf(idOf(data.parent as Ref)),
    membershipNames: idsOf(data.memberships).map((id) => nameOf(id)!),
    hostingMode: hosting.mode ?? null,
    customDomain: hosting.customDomain ?? null,
  }
}
