import type { HostingMode } from '../../../domain/contentTypes'
import type { OrgKind } from '../../../domain/org/orgKinds'
import type { StructureSettings } from '../../../domain/org/structureChanges'
import { idOf as refId, idsOf as refIds } from '../../services/refs'

type OrgData = Record<string, unknown>

const idOf = (ref: unknown): string | null => {
  const id = refId(ref)
  return id === null ? null : String(id)
}
const idsOf = (refs: unknown): string[] => refIds(refs).map(String)

/** The ids of the orgs whose names the confirmation needs: both parents, every membership. */
export function referencedOrgs(before: OrgData, after: OrgData): string[] {
  const ids = [
    idOf(before.parent),
    idOf(after.parent),
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
    parentName: nameOf(idOf(data.parent)),
    membershipNames: idsOf(data.memberships).map((id) => nameOf(id)!),
    hostingMode: hosting.mode ?? null,
    customDomain: hosting.customDomain ?? null,
  }
}
