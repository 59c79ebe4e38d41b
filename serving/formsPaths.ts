/**
 * The forms paths the site servers forward to the CMS (issue 16): a site's form posts to
 * `/_forms/<name>` on its own host (a section site: `/org/<slug>/_forms/<name>`), so no
 * cross-origin setup is needed and the sites' `form-action 'self'` holds. The preview server
 * (formsProxy.ts) and the nginx config (nginxForms.ts) map them the same way.
 */

/** The CMS's side of the forwarding: `/_forms/inquiry` → `/api/forms/inquiry`. */
export const FORMS_UPSTREAM_PREFIX = '/api/forms/'

/**
 * The body limit of a forwarded request: the 5 MB attachment, the text fields and multipart's
 * overhead. The CMS enforces its own, finer limits; this one only keeps a flood off it.
 */
export const FORMS_MAX_BODY_BYTES = 6 * 1024 * 1024

/** How long the CMS may take to answer a form before the reader gets the 502 page. */
export const FORMS_TIMEOUT_MS = 30_000

/** A forms URL: optional section base, then one lower-case name, then an optional query. */
export const FORMS_PATH =
  /^((?:\/org\/[a-z0-9][a-z0-9-]*)?)\/_forms\/([a-z][a-z0-9-]{0,40})(\?[^#]*)?$/

export interface FormsTarget {
  /** `''` on a host's own site, `/org/<slug>` on a section site (sent as X-Forwarded-Prefix). */
  base: string
  /** The CMS path with the query: `/api/forms/challenge?x=1`. */
  upstreamPath: string
}

/** The CMS target of a request target, or null when it is not a forms path. */
export function formsTarget(target: string): FormsTarget | null {
  const match = FORMS_PATH.exec(target)
  if (!match) return null
  return { base: match[1]!, upstreamPath: `${FORMS_UPSTREAM_PREFIX}${match[2]}${match[3] ?? ''}` }
}

/** Starts a forms path at all (a malformed one is 404, not a file lookup). */
export const isFormsRequest = (target: string) =>
  /^(?:\/org\/[^/]+)?\/_forms(?:\/|$|\?)/.test(target)
