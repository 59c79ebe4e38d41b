import type { Payload } from 'payload'
import type { HostingMode } from '../../domain/contentTypes'
import type { OrgKind } from '../../domain/org/orgKinds'
import type { OrgId } from '../../domain/org/orgGraph'
import { idOf, idsOf } from '../services/refs'
import { findAddressClashes, type AddressClash } from '../../domain/hosts/addressClashes'
import { siteOrigin, sitePlacement, type SitePlacement } from '../../domain/hosts/sitePlacement'
import { configValue } from '../../config/index'

export interface DirectoryOrg {
  id: OrgId
  key: string
  name: string
  shortName?: string
  slug: string
  kind: OrgKind
  parent: OrgId | null
  memberships: OrgId[]
  ancestors: OrgId[]
  hosting: { mode: HostingMode; networkDomain?: string | null; customDomain?: string | null }
}

export interface SiteAddress extends SitePlacement {
  origin: string
  /** Home page URL. */
  url: string
}

/**
 * All organizations in memory for one export run (a few hundred bytes each, so even 100,000
 * orgs fit), with every site's address computed once.
 */
export class OrgDirectory {
  private readonly addresses = new Map<string, SiteAddress>()
  private clashes?: AddressClash[]
  readonly children = new Map<string, DirectoryOrg[]>()

  private constructor(readonly orgs: Map<string, DirectoryOrg>) {
    for (const org of orgs.values()) {
      if (org.parent === null) continue
      const key = String(org.parent)
      this.children.set(key, [...(this.children.get(key) ?? []), org])
    }
  }

  static async load(payload: Payload): Promise<OrgDirectory> {
    const { docs } = await payload.find({
      collection: 'organizations',
      depth: 0,
      limit: 0,
      pagination: false,
      select: {
        name: true,
        shortName: true,
        slug: true,
        kind: true,
        parent: true,
        memberships: true,
        ancestors: true,
        hosting: true,
        importKey: true,
      },
      overrideAccess: true,
    })
    const orgs = new Map<string, DirectoryOrg>()
    for (const d of docs) {
      orgs.set(String(d.id), {
        id: d.id,
        key: d.importKey?.split(':').pop() ?? d.slug ?? String(d.id),
        name: d.name,
        shortName: d.shortName ?? undefined,
        slug: d.slug ?? String(d.id),
        kind: d.kind,
        parent: idOf(d.parent),
        memberships: idsOf(d.memberships),
        ancestors: idsOf(d.ancestors),
        hosting: {
          mode: d.hosting?.mode ?? 'subdomain',
          networkDomain: d.hosting?.networkDomain,
          customDomain: d.hosting?.customDomain,
        },
      })
    }
    return new OrgDirectory(orgs)
  }

  /**
   * Changes whenever the organizations do (any update moves the newest updatedAt; a deletion the
   * count): two indexed reads, so a worker can keep its directory between rounds.
   */
  static async signature(payload: Payload): Promise<string> {
    const { docs, totalDocs } = await payload.find({
      collection: 'organizations',
      sort: '-updatedAt',
      depth: 0,
      limit: 1,
      select: { updatedAt: true },
      overrideAccess: true,
    })
    return `${totalDocs}:${docs[0]?.updatedAt ?? ''}`
  }

  get(id: OrgId): DirectoryOrg | undefined {
    return this.orgs.get(String(id))
  }

  address(id: OrgId): SiteAddress {
    const key = String(id)
    const cached = this.addresses.get(key)
    if (cached) return cached
    const org = this.orgs.get(key)!
    const chain = [...org.ancestors.map((a) => this.orgs.get(String(a))!).filter(Boolean), org]
    const placement = sitePlacement(chain)
    const origin = siteOrigin(placement.host, configValue('SITES_ORIGIN_TEMPLATE'))
    const address = { ...placement, origin, url: `${origin}${placement.basePath}/` }
    this.addresses.set(key, address)
    return address
  }

  /**
   * Addresses claimed by more than one org. The save check refuses them, so any found here come
   * from data written past it (a race, a hand edit): publishing refuses them rather than pick.
   */
  addressClashes(): AddressClash[] {
    this.clashes ??= findAddressClashes(
      [...this.orgs.values()].map((o) => ({ id: o.id, name: o.name, ...this.address(o.id) })),
    )
    return this.clashes
  }
}
