import type { OrgId } from '../org/orgGraph'
import type { SitePlacement } from './sitePlacement'

/** One org's published address, as sitePlacement computes it. */
export interface AddressClaim extends SitePlacement {
  id: OrgId
  name: string
}

/** Two or more orgs whose sites would be served at the same host and path. */
export interface AddressClash extends SitePlacement {
  orgs: { id: OrgId; name: string }[]
}

/** `host` for a site of its own, `host/org/<slug>` for a section. */
export const addressText = (address: SitePlacement): string => `${address.host}${address.basePath}`

/**
 * Groups claims by address and returns every address claimed more than once, in the order first
 * seen. A host has one owner (basePath '') and each section path one org: anything else would
 * make one org's pages overwrite another's, so callers refuse rather than pick.
 */
export function findAddressClashes(claims: Iterable<AddressClaim>): AddressClash[] {
  const byAddress = new Map<string, AddressClash>()
  for (const claim of claims) {
    const key = addressText(claim)
    const entry = byAddress.get(key) ?? { host: claim.host, basePath: claim.basePath, orgs: [] }
    if (!entry.orgs.some((o) => String(o.id) === String(claim.id)))
      entry.orgs.push({ id: claim.id, name: claim.name })
    byAddress.set(key, entry)
  }
  return [...byAddress.values()].filter((clash) => clash.orgs.length > 1)
}

const names = (clash: AddressClash) => clash.orgs.map((o) => `«${o.name}» (#${o.id})`).join(', ')

/** For the admin's «Публикация сайтов» status. */
export function clashMessageRu(clash: AddressClash): string {
  return (
    `Адрес «${addressText(clash)}» заявлен несколькими организациями: ${names(clash)}. ` +
    'Сайт не обновляется, пока администратор платформы не изменит адрес одной из них.'
  )
}

/** For the CLI and the worker's log. */
export function clashMessageEn(clash: AddressClash): string {
  return (
    `address "${addressText(clash)}" is claimed by ${clash.orgs.length} organizations ` +
    `(${clash.orgs.map((o) => `#${o.id} ${o.name}`).join('; ')}): not published until one of them changes its address`
  )
}
