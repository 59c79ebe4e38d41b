import type { Payload } from 'payload'
import { OrgDirectory } from '../export/orgDirectory'

export interface SiteOfView {
  orgId: string
  /** The site's host: a referer from it is the site itself, not another site. */
  host: string
}

/**
 * Which org's site a logged host and page belong to, from the orgs' placement (OrgDirectory,
 * sitePlacement, as publishing places them): `<host>/org/<slug>/…` is that section's org when
 * the host has such a section, anything else on the host is the host's own org. A host no org
 * is placed on (a forged Host, an old domain) belongs to nobody: its lines are dropped.
 */
export class SiteMap {
  private constructor(
    private readonly hosts: Map<string, string>,
    private readonly sections: Map<string, string>,
  ) {}

  static async load(payload: Payload): Promise<SiteMap> {
    const directory = await OrgDirectory.load(payload)
    const hosts = new Map<string, string>()
    const sections = new Map<string, string>()
    for (const org of directory.orgs.values()) {
      const { host, basePath } = directory.address(org.id)
      if (basePath === '') {
        if (!hosts.has(host)) hosts.set(host, String(org.id))
      } else sections.set(`${host}${basePath}/`, String(org.id))
    }
    return new SiteMap(hosts, sections)
  }

  orgOf(host: string, path: string): SiteOfView | null {
    const section = /^\/org\/[^/]+\//.exec(path)?.[0]
    const sectionOrg = section ? this.sections.get(`${host}${section}`) : undefined
    const orgId = sectionOrg ?? this.hosts.get(host)
    return orgId ? { orgId, host } : null
  }
}
