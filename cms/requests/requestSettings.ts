/**
 * Request limits and trusted origins, from the configuration (config/); tests pass their own.
 *
 * The admin is the only browser client that may use the session cookie, so the trusted origins
 * are the admin's own origin (SERVER_URL) plus an optional list (TRUSTED_ORIGINS). In development
 * `npm start` serves the admin on localhost:3000 even when SERVER_URL is unset, so those origins
 * are trusted there too — never in production, where a forgotten SERVER_URL must fail closed.
 */

import { readConfig } from '../../config'

/**
 * The raw text or the parsed configuration: config/ refuses a malformed TRUSTED_ORIGINS at start,
 * and these rules still skip any entry that is not an origin, whoever calls them.
 */
interface OriginSettings {
  SERVER_URL?: string
  TRUSTED_ORIGINS?: string
  NODE_ENV?: string
}
interface LimitSettings {
  MAX_BODY_MB?: string | number
  MAX_UPLOAD_MB?: string | number
}

const DEV_ORIGINS = ['http://localhost:3000', 'http://127.0.0.1:3000']

/** Matches no browser's Origin (`.invalid` is reserved, RFC 2606). */
export const UNCONFIGURED = 'https://server-url-is-not-set.invalid'

/** The origin part of a URL, or undefined when the text is not an http(s) URL. */
function originOf(text: string): string | undefined {
  try {
    const url = new URL(text.trim())
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined
  } catch {
    return undefined
  }
}

export function trustedOrigins(env: OriginSettings = readConfig()): string[] {
  const listed = [env.SERVER_URL ?? '', ...(env.TRUSTED_ORIGINS ?? '').split(',')]
  const origins = listed.map(originOf).filter((o): o is string => o !== undefined)
  if (env.NODE_ENV !== 'production') origins.push(...DEV_ORIGINS)
  // Payload reads an empty list as "trust every origin"; a production server whose SERVER_URL is
  // missing must trust none instead (the admin then refuses cookies until it is set).
  if (origins.length === 0) return [UNCONFIGURED]
  return [...new Set(origins)]
}

const megabytes = (value: string | number | undefined, fallback: number) => {
  const n = Number(value)
  return (Number.isFinite(n) && n > 0 ? n : fallback) * 1024 * 1024
}

export interface RequestLimits {
  /** Documents per list request: anonymous readers, signed-in users. */
  anonymousListLimit: number
  signedInListLimit: number
  /** Relationship population depth for everyone (the Local API included). */
  maxDepth: number
  /** Depth for a relationship that points into its own collection (org → parent → parent…). */
  selfReferenceDepth: number
  /** Bytes of a request body that is not an upload. */
  maxBodyBytes: number
  /** Bytes of a multipart request to an upload collection (the file and its fields). */
  maxUploadBytes: number
  /** Bytes of one rich-text value, as JSON. */
  maxRichTextBytes: number
}

export function requestLimits(env: LimitSettings = readConfig()): RequestLimits {
  return {
    anonymousListLimit: 100,
    signedInListLimit: 500,
    maxDepth: 3,
    selfReferenceDepth: 1,
    maxBodyBytes: megabytes(env.MAX_BODY_MB, 4),
    maxUploadBytes: megabytes(env.MAX_UPLOAD_MB, 50),
    maxRichTextBytes: 1024 * 1024,
  }
}
