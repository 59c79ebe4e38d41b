import type { Snapshot } from '../../../domain/contract/snapshot'
import { href } from './urls'

/**
 * The redirects of a host, root-relative as the web server sees requests: each site's old paths
 * (section sites under their /org/<slug> base) to the new ones, sorted, as one JSON object
 * `{ "/news/old/": "/news/new/" }`. The preview server and the nginx config read this file.
 */
export function hostRedirects(
  sites: readonly { snapshot: Pick<Snapshot, 'site' | 'redirects'> }[],
) {
  const table: Record<string, string> = {}
  const entries = sites.flatMap(({ snapshot }) =>
    snapshot.redirects.map(
      (r) => [href(snapshot.site, r.from), href(snapshot.site, r.to)] as const,
    ),
  )
  for (const [from, to] of entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    table[from] ??= to
  }
  return table
}
