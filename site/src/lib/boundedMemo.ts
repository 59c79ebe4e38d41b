/**
 * A memo of string results by key, emptied whenever it reaches `limit` entries: the publishing
 * worker renders the same article bodies and dates on thousands of sites, while its memory
 * must not grow with the number of sites.
 */
export function boundedMemo(limit: number): (key: string, compute: () => string) => string {
  const memo = new Map<string, string>()
  return (key, compute) => {
    let out = memo.get(key)
    if (out === undefined) {
      if (memo.size >= limit) memo.clear()
      memo.set(key, (out = compute()))
    }
    return out
  }
}
