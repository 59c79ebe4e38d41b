/**
 * Old addresses of posts in nginx: one http-level map from `$host$uri` to the new path, and a
 * `return 301` in the page locations — the same table the preview server reads
 * (`<host>/redirects.json`, hostRedirects.ts), each old path with and without its slash.
 */

export const REDIRECT_VARIABLE = '$union_sites_redirect'

/** Hosts and paths are checked before they get here (host names; site paths of a-z0-9-/). */
const SAFE = /^[a-z0-9./-]+$/

export type RedirectTable = ReadonlyMap<string, ReadonlyMap<string, string>>

export function redirectCount(table: RedirectTable): number {
  return [...table.values()].reduce((sum, paths) => sum + paths.size, 0)
}

/** http-level; empty when no host has a redirect (the config then has none of this). */
export function redirectMap(table: RedirectTable): string[] {
  const entries = [...table].flatMap(([host, paths]) =>
    [...paths].flatMap(([from, to]) => {
      if (![host, from, to].every((part) => SAFE.test(part))) {
        throw new Error(`Unsafe redirect ${host}${from} → ${to}`)
      }
      const bare = from.replace(/\/$/, '')
      const keys = bare && bare !== from && !paths.has(bare) ? [from, bare] : [from]
      return keys.map((key) => `    "${host}${key}" "${to}";`)
    }),
  )
  if (entries.length === 0) return []
  return [
    '# Old addresses of posts whose slug changed: $host$uri → the new path (301).',
    // Keys are host and path, longer than the default bucket; the size grows with the table.
    'map_hash_bucket_size 256;',
    `map_hash_max_size ${Math.max(2048, entries.length * 2)};`,
    `map $host$uri ${REDIRECT_VARIABLE} {`,
    '    default "";',
    ...entries,
    '}',
  ]
}

/** Inside a page location: the old address answers 301 with the new one, query kept. */
export function redirectReturn(): string[] {
  return [`if (${REDIRECT_VARIABLE}) {`, `    return 301 ${REDIRECT_VARIABLE}$is_args$args;`, '}']
}
