/**
 * Where the search indexes live. Each host's index (its orgs' OWN content) is written inside the
 * host's release at `_search/`, so it is swapped and swept with the release; every host of the
 * network serves it under `/_search/<host>/`, so a receiving site merges the indexes of the orgs
 * above it from its own origin (no CORS, no third party).
 */
export const SEARCH_DIR = '_search'
export const SEARCH_PREFIX = `/${SEARCH_DIR}/`

/** The URL path of a host's index, on any host of the network. */
export function searchIndexPath(host: string): string {
  return `${SEARCH_PREFIX}${host}/`
}

/** The scope file beside each site's search page: what the site shows of the other indexes. */
export const SEARCH_SCOPE_FILE = 'search-scope.json'
