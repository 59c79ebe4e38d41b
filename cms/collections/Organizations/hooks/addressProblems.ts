import {
  addressText,
  findAddressClashes,
  type AddressClaim,
} from '../../../../domain/hosts/addressClashes'
import { placementChain, type PlacementNode } from '../../../../domain/hosts/placementChain'
import { sitePlacement, type SitePlacement } from '../../../../domain/hosts/sitePlacement'
import { sameId, type OrgId } from '../../../../domain/org/orgGraph'

export interface AddressCheck {
  /** The org being saved. */
  subject: OrgId
  /** The saved org (in its new state) and every org below it: their addresses may move. */
  subtree: readonly PlacementNode[]
  /** Addresses before the save, by id (none on create). */
  before: ReadonlyMap<string, SitePlacement>
  /** Every org the chains pass through, the saved one in its new state. */
  nodes: ReadonlyMap<string, PlacementNode>
  /** Orgs outside the subtree that may already hold one of the new addresses. */
  others: readonly PlacementNode[]
}

/** Reported per save at most; the rest are counted (a whole network can move at once). */
const SHOWN = 5

const placeOf = (id: OrgId, nodes: ReadonlyMap<string, PlacementNode>) =>
  sitePlacement(placementChain(id, nodes))

/** The new addresses of the subtree, and which of them are new (the ones this save must check). */
export function movedAddresses(check: Omit<AddressCheck, 'others'>): Map<string, SitePlacement> {
  const moved = new Map<string, SitePlacement>()
  for (const org of check.subtree) {
    const next = placeOf(org.id, check.nodes)
    const previous = check.before.get(String(org.id))
    if (!previous || addressText(previous) !== addressText(next)) moved.set(String(org.id), next)
  }
  return moved
}

/**
 * The published address (host and section path) is unique on the whole platform, whatever the
 * network: a save may not give the saved org, or any org below it, an address another org holds.
 * Pure: the caller loads the orgs; `others` need only include the orgs that could clash.
 */
export function addressProblems(
  check: AddressCheck,
  path: string,
): { path: string; message: string }[] {
  const moved = movedAddresses(check)
  if (moved.size === 0) return []
  const claims: AddressClaim[] = [
    ...check.subtree.map((o) => ({ id: o.id, name: o.name, ...placeOf(o.id, check.nodes) })),
    ...check.others.map((o) => ({ id: o.id, name: o.name, ...placeOf(o.id, check.nodes) })),
  ]
  const messages: string[] = []
  for (const clash of findAddressClashes(claims)) {
    for (const org of clash.orgs.filter((o) => moved.has(String(o.id)))) {
      const holders = clash.orgs
        .filter((o) => !sameId(o.id, org.id))
        .map((o) => `«${o.name}»`)
        .join(', ')
      messages.push(
        sameId(org.id, check.subject)
          ? `Адрес сайта «${addressText(clash)}» уже занят организацией ${holders}. Выберите другой адрес.`
          : `После этого изменения сайт организации «${org.name}» переедет на адрес «${addressText(clash)}», который уже занят организацией ${holders}. Измените адрес одной из них.`,
      )
    }
  }
  if (messages.length === 0) return []
  const shown = messages.slice(0, SHOWN)
  if (messages.length > SHOWN) shown.push(`И ещё ${messages.length - SHOWN} таких совпадений.`)
  return [{ path, message: shown.join(' ') }]
}

/** Labels another org's slug would need to land on one of `addresses` (its sub-domain or section). */
export function clashLabels(addresses: Iterable<SitePlacement>): string[] {
  const labels = new Set<string>()
  for (const { host, basePath } of addresses) {
    labels.add(host.split('.')[0]!)
    const section = basePath.split('/').pop()
    if (section) labels.add(section)
  }
  return [...labels]
}
