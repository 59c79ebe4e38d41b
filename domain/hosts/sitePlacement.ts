import { normalizeDomain } from './normalizeDomain'
import type { HostingMode } from '../contentTypes'
import type { OrgId } from '../org/orgGraph'

export interface PlacementOrg {
  id: OrgId
  slug: string
  hosting: { mode: HostingMode; networkDomain?: string | null; customDomain?: string | null }
}

export interface SitePlacement {
  host: string
  basePath: string
}

/** Where a site is served when no org above declares a network (development default). */
export const FALLBACK_NETWORK = 'localhost'

/**
 * The host and base path of an org's site (DESIGN.md, "Hosting scheme"): a network root on its
 * network domain; an org below it on `<slug>.<network domain>`; a custom domain as given; a
 * section under its nearest hosted ancestor at `/org/<slug>`. `chain` runs from the root down
 * to the org itself.
 */
export function sitePlacement(chain: readonly PlacementOrg[]): SitePlacement {
  const org = chain[chain.length - 1]
  if (!org) throw new Error('sitePlacement needs the org and its ancestors')
  const above = chain.slice(0, -1)
  if (org.hosting.mode === 'section' && above.length > 0) {
    const host = sitePlacement(nearestHosted(above))
    return { host: host.host, basePath: `/org/${org.slug}` }
  }
  if (org.hosting.mode === 'custom' && org.hosting.customDomain) {
    return {
      host: normalizeDomain(org.hosting.customDomain) ?? org.hosting.customDomain,
      basePath: '',
    }
  }
  if (org.hosting.networkDomain)
    return { host: normalizeDomain(org.hosting.networkDomain)!, basePath: '' }
  const root = [...above].reverse().find((o) => o.hosting.networkDomain)
  const network = root ? normalizeDomain(root.hosting.networkDomain!)! : FALLBACK_NETWORK
  return { host: `${org.slug}.${network}`, basePath: '' }
}

/** The chain cut at the nearest org that has a site of its own (sections nest in it). */
function nearestHosted(chain: readonly PlacementOrg[]): PlacementOrg[] {
  for (let i = chain.length - 1; i >= 0; i--)
    if (chain[i]!.hosting.mode !== 'section') return chain.slice(0, i + 1)
  return chain.slice(0, 1)
}

/**
 * A host's origin from the network's template: `http://{host}:4321` in development,
 * `https://{host}` in production (the caller reads SITES_ORIGIN_TEMPLATE from config/).
 */
export function siteOrigin(host: string, template: string): string {
  return template.replace('{host}', host)
}
