/**
 * The list parameters of a REST query string, bounded: `limit` between 1 and `cap`, and no
 * `pagination=false` (which makes Payload ignore the limit). `limit=0` and negative limits mean
 * "everything" to Payload, so they become the cap too. Returns undefined when nothing changes,
 * so the request can be passed on untouched.
 */
export function capListQuery(search: URLSearchParams, cap: number): URLSearchParams | undefined {
  const next = new URLSearchParams(search)
  let changed = false
  const limits = next.getAll('limit')
  if (limits.length > 0) {
    const n = Number(limits[limits.length - 1])
    const bounded = Number.isInteger(n) && n >= 1 && n <= cap ? n : cap
    if (limits.length > 1 || String(bounded) !== limits[0]) {
      next.set('limit', String(bounded))
      changed = true
    }
  }
  // qs reads `pagination[]=false` or `limit[x]=…` as objects, which Payload ignores; only the
  // plain keys reach the find operations.
  if (next.has('pagination')) {
    next.delete('pagination')
    changed = true
  }
  return changed ? next : undefined
}

/** Whether a query asks for more than `cap` documents (so only then is the caller's login checked). */
export function asksBeyond(search: URLSearchParams, cap: number): boolean {
  if (search.has('pagination')) return true
  const limit = search.get('limit')
  if (limit === null) return false
  const n = Number(limit)
  return !(Number.isInteger(n) && n >= 1 && n <= cap)
}
