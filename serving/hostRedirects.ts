import { readFileSync } from 'node:fs'
import path from 'node:path'
import { HOST_FILES } from '../domain/contract/siteUrls'

/** A root-relative site path as the site build writes them (slugs: a-z, 0-9, hyphens). */
const SITE_PATH = /^\/(?:[a-z0-9][a-z0-9-]*\/)*$/

/**
 * The redirects a host's build wrote (`<host>/redirects.json`, old path → new path), keeping
 * only well-formed paths: the file ends up inside nginx's config, so nothing in it may read as
 * syntax. Never throws: a missing or broken file means no redirects.
 */
export function readHostRedirects(outDir: string, host: string): ReadonlyMap<string, string> {
  let json: unknown
  try {
    json = JSON.parse(readFileSync(path.join(outDir, host, HOST_FILES.redirects), 'utf8'))
  } catch {
    return new Map()
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return new Map()
  return new Map(
    Object.entries(json).filter(
      (entry): entry is [string, string] =>
        SITE_PATH.test(entry[0]) && typeof entry[1] === 'string' && SITE_PATH.test(entry[1]),
    ),
  )
}

/** The new path for `urlPath`, with or without its trailing slash, as nginx's map has both. */
export function redirectTarget(
  redirects: ReadonlyMap<string, string>,
  urlPath: string,
): string | undefined {
  return (
    redirects.get(urlPath) ?? (urlPath.endsWith('/') ? undefined : redirects.get(`${urlPath}/`))
  )
}
