import { clashMessageRu, type AddressClash } from '../../domain/hosts/addressClashes'
import type { OrgDirectory } from '../export/orgDirectory'
import type { OrgId } from '../../domain/org/orgGraph'
import type { HostMark } from '../../domain/publishing/queueTypes'

export interface HostSite {
  host: string
  /** The org whose own site is on the host's root. */
  owner: OrgId
  /** Every org whose pages the host serves: the owner and its section orgs. */
  orgs: OrgId[]
  /** Addresses on the host that several orgs claim: the host is refused, never given to one. */
  clashes: AddressClash[]
}

/**
 * The hosts of a directory: a host is the unit of publication (one folder swapped at once), so a
 * section ППО's change rebuilds its host org's folder with it.
 */
export function siteHosts(directory: OrgDirectory): Map<string, HostSite> {
  const hosts = new Map<string, HostSite>()
  const owned = new Set<string>()
  for (const org of directory.orgs.values()) {
    const { host, basePath } = directory.address(org.id)
    const site = hosts.get(host) ?? { host, owner: org.id, orgs: [], clashes: [] }
    site.orgs.push(org.id)
    // The first owner stays the owner; a second one is a clash, reported below.
    if (basePath === '' && !owned.has(host)) {
      site.owner = org.id
      owned.add(host)
    }
    hosts.set(host, site)
  }
  for (const clash of directory.addressClashes()) hosts.get(clash.host)?.clashes.push(clash)
  return hosts
}

/** The hosts that serve `orgs` (every host for `null`), as queue marks. */
export function hostMarks(directory: OrgDirectory, orgs: Iterable<string> | null): HostMark[] {
  const hosts = siteHosts(directory)
  const wanted =
    orgs === null
      ? [...hosts.keys()]
      : [
          ...new Set(
            [...orgs].flatMap((id) => (directory.get(id) ? [directory.address(id).host] : [])),
          ),
        ]
  return wanted.map((host) => {
    const owner = directory.get(hosts.get(host)!.owner)!
    return {
      host,
      org: owner.id,
      orgPath: `/${[...owner.ancestors, owner.id].map(String).join('/')}/`,
    }
  })
}

/** Why a host may not be published (Russian, for «Публикация сайтов»), or null when it may. */
export function hostRefusal(site: HostSite): string | null {
  return site.clashes.length === 0 ? null : site.clashes.map(clashMessageRu).join(' ')
}
