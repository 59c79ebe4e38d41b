import type { OrgId } from '../org/orgGraph'

export interface NetworkOrg {
  id: OrgId
  ancestors: readonly OrgId[]
  hosting: { networkDomain?: string | null }
}

/**
 * The site network an org's mail is counted against for the per-network rate limit: the network
 * domain of the org or of its nearest ancestor that declares one; orgs outside any network share
 * the platform's own key.
 */
export function networkOf(org: NetworkOrg, get: (id: OrgId) => NetworkOrg | undefined): string {
  const chain = [...org.ancestors.map((id) => get(id)), org].filter(Boolean) as NetworkOrg[]
  for (let i = chain.length - 1; i >= 0; i--) {
    const domain = chain[i]!.hosting.networkDomain?.trim().toLowerCase()
    if (domain) return domain
  }
  return 'platform'
}
