import { hostRoutes } from '../routes'
import { siteInputs } from '../pageInputs'
import type { SiteData } from '../site'
import type { HostGroup } from '../../lib/hosts'
import type { RoutePlan } from './routePlan'

type HostProps = { group: HostGroup<SiteData> }

/** Files of a whole host, shared by the section sites it serves. */
export const HOST_PLANS: RoutePlan[] = [
  {
    route: '/[host]/robots.txt',
    type: 'endpoint',
    entries: hostRoutes,
    inputs: ({ group }: HostProps) => group.origin,
  },
  {
    route: '/[host]/sitemap.xml',
    type: 'endpoint',
    entries: hostRoutes,
    inputs: ({ group }: HostProps) => group.sites.map((site) => siteInputs(site).sitemap),
  },
  {
    route: '/[host]/redirects.json',
    type: 'endpoint',
    entries: hostRoutes,
    inputs: ({ group }: HostProps) =>
      group.sites.map((site) => [site.snapshot.site, site.snapshot.redirects]),
  },
]
