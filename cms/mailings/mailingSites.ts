import type { Payload } from 'payload'
import type { OrgDirectory } from '../export/orgDirectory'
import { idOf } from '../services/refs'
import { networkOf } from '../../domain/mailings/networkOf'
import { mediaUrl } from '../richText/html/mediaRef'

/** What a message needs of the site a reader subscribed on. */
export interface MailingSite {
  org: string
  name: string
  /** Scheme and host, and the section path ('' or /org/<slug>): subscriberLinks takes them. */
  origin: string
  basePath: string
  /** Home page, absolute, with the trailing slash. */
  url: string
  host: string
  accent?: string
  logoUrl?: string
  /** The rate limit's key (domain/mailings/networkOf.ts). */
  network: string
}

const CHUNK = 500

/**
 * The sites of `orgIds`: address from the directory (the same placement the sites are published
 * at), name, accent colour and logo as absolute URLs. Two queries per 500 orgs.
 */
export async function loadMailingSites(
  payload: Payload,
  directory: OrgDirectory,
  orgIds: readonly string[],
): Promise<Map<string, MailingSite>> {
  const sites = new Map<string, MailingSite>()
  for (let i = 0; i < orgIds.length; i += CHUNK) {
    const ids = orgIds.slice(i, i + CHUNK).filter((id) => directory.get(id))
    if (ids.length === 0) continue
    const { docs } = await payload.find({
      collection: 'organizations',
      where: { id: { in: ids } },
      select: { branding: true },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
    const logoIds = docs.flatMap((d) => {
      const logo = idOf(d.branding?.logo)
      return logo === null ? [] : [logo]
    })
    const logos = new Map<string, string>()
    if (logoIds.length) {
      const media = await payload.find({
        collection: 'media',
        where: { id: { in: logoIds } },
        select: { filename: true },
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: true,
      })
      for (const m of media.docs) if (m.filename) logos.set(String(m.id), m.filename)
    }
    for (const d of docs) {
      const org = directory.get(d.id)!
      const address = directory.address(d.id)
      const logo = logos.get(String(idOf(d.branding?.logo)))
      sites.set(String(d.id), {
        org: String(d.id),
        name: org.shortName || org.name,
        origin: address.origin,
        basePath: address.basePath,
        url: address.url,
        host: address.host,
        accent: d.branding?.accentColor ?? undefined,
        logoUrl: logo ? `${address.origin}${mediaUrl(logo)}` : undefined,
        network: networkOf(org, (id) => directory.get(id)),
      })
    }
  }
  return sites
}
