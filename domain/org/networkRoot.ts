import type { OrgId } from './orgGraph'

export interface NetworkCandidate {
  id: OrgId
  networkDomain?: string | null
}

/**
 * The network whose sub-domains an org's slug lives in: the nearest strict ancestor that declares
 * a network domain. `ancestors` run from the root down to the direct parent.
 */
export function nearestNetworkRoot(ancestors: readonly NetworkCandidate[]): OrgId | null {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const candidate = ancestors[i]!
    if (candidate.networkDomain) return candidate.id
  }
  return null
}
