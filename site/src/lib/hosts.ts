import { HOST_FILES } from '../consts'
import type { Snapshot } from '../../../domain/contract/snapshot'

/**
 * The hosts of a build. robots.txt and the sitemap index exist once per host, not per site: a
 * union's host also serves the section sites of its small ППО under /org/<slug>/.
 */
export interface HostGroup<S> {
  host: string
  /** Scheme, host and port: the same for every site on the host. */
  origin: string
  /** The host's own site first (when it is in the build), then its sections by path. */
  sites: S[]
}

export function groupByHost<S extends { snapshot: Pick<Snapshot, 'site'> }>(
  sites: readonly S[],
): HostGroup<S>[] {
  const groups = new Map<string, S[]>()
  for (const site of sites) {
    const { host } = site.snapshot.site
    groups.set(host, [...(groups.get(host) ?? []), site])
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([host, list]) => {
      const ordered = [...list].sort((a, b) =>
        a.snapshot.site.basePath.localeCompare(b.snapshot.site.basePath),
      )
      return { host, origin: ordered[0]!.snapshot.site.origin, sites: ordered }
    })
}

/** Absolute URL of a host-level file such as the sitemap index. */
export function hostFileUrl(origin: string, file: keyof typeof HOST_FILES): string {
  return `${origin}/${HOST_FILES[file]}`
}
