import type { OrganizationEntry } from '../../content/schema/organization'

/** Upstream orgs (parent, memberships) first, so every reference exists when an org is saved. */
export function orderOrganizations<
  T extends Pick<OrganizationEntry, 'key' | 'parent' | 'memberships'>,
>(entries: readonly T[]): T[] {
  const byKey = new Map(entries.map((e) => [e.key, e]))
  const done = new Set<string>()
  const visiting = new Set<string>()
  const ordered: T[] = []
  const visit = (entry: T) => {
    if (done.has(entry.key)) return
    if (visiting.has(entry.key)) throw new Error(`Organizations form a cycle at "${entry.key}"`)
    visiting.add(entry.key)
    for (const up of [entry.parent, ...entry.memberships]) {
      const upstream = up ? byKey.get(up) : undefined
      if (upstream) visit(upstream)
    }
    visiting.delete(entry.key)
    done.add(entry.key)
    ordered.push(entry)
  }
  entries.forEach(visit)
  return ordered
}
