import type { Payload } from 'payload'
import { configValue } from '../../config/index'
import { siteOrigin } from '../../domain/hosts/sitePlacement'
import type { FormSite } from '../forms/orgOnHost'

export interface SubscriptionSite {
  orgId: string | number
  name: string
  /** The site's public origin (SITES_ORIGIN_TEMPLATE) and section path: where links point. */
  origin: string
  base: string
  /** The org's accent colour, when it set one (validated on save). */
  accent?: string
}

/** The branding a subscription mail or page carries: the site's name, origin and accent colour. */
export async function subscriptionSite(
  payload: Payload,
  site: FormSite,
): Promise<SubscriptionSite> {
  const org = await payload
    .findByID({
      collection: 'organizations',
      id: site.org.id,
      depth: 0,
      select: { branding: { accentColor: true } },
      overrideAccess: true,
    })
    .catch(() => null)
  return {
    orgId: site.org.id,
    name: site.org.name,
    origin: siteOrigin(site.host, configValue('SITES_ORIGIN_TEMPLATE')),
    base: site.basePath,
    accent: org?.branding?.accentColor ?? undefined,
  }
}
