import { getPayload, type SanitizedConfig } from 'payload'
import { FORM_SETTINGS } from '../forms/formSettings'
import { asksBeyond, capListQuery } from './capListQuery'
import { readBodyWithin } from './readBodyWithin'
import { requestLimits, type RequestLimits } from './requestSettings'
import { tooLarge, withBoundedBody } from './withBoundedBody'

type ConfigArg = Promise<SanitizedConfig> | SanitizedConfig
type RouteHandler<A> = (request: Request, args: A) => Promise<Response>

const WITH_BODY = new Set(['POST', 'PATCH', 'PUT'])
const OVERRIDE_HEADERS = ['x-payload-http-method-override', 'x-http-method-override']

/** The admin's relationship fields send a list query as a POST body ("method override"). */
const isGetOverride = (request: Request) =>
  request.method === 'POST' &&
  OVERRIDE_HEADERS.some((h) => request.headers.get(h)?.toUpperCase() === 'GET') &&
  request.headers.get('content-type') === 'application/x-www-form-urlencoded'

/** Uploads may be larger than other bodies; the route's first segment names the collection. */
async function bodyLimitFor(config: ConfigArg, request: Request, limits: RequestLimits) {
  const resolved = await config
  const apiRoute = resolved.routes.api
  const path = new URL(request.url).pathname
  const slug = path.startsWith(`${apiRoute}/`) ? path.slice(apiRoute.length + 1).split('/')[0] : ''
  // The public form carries a 5 MB attachment; its handler reads the body within this same limit.
  if (slug === FORM_SETTINGS.route) return FORM_SETTINGS.maxBodyBytes
  const isUpload = Boolean(resolved.collections.find((c) => c.slug === slug)?.upload)
  const isMultipart = (request.headers.get('content-type') ?? '').startsWith('multipart/')
  return isUpload && isMultipart ? limits.maxUploadBytes : limits.maxBodyBytes
}

function withoutBodyHeaders(headers: Headers): Headers {
  const next = new Headers(headers)
  for (const name of ['content-length', 'content-type', 'transfer-encoding', ...OVERRIDE_HEADERS])
    next.delete(name)
  return next
}

/** The signed-in cap needs a verified login: a made-up token must not lift the anonymous cap. */
async function listCap(config: ConfigArg, request: Request, limits: RequestLimits) {
  const search = new URL(request.url).searchParams
  if (!asksBeyond(search, limits.anonymousListLimit)) return limits.anonymousListLimit
  if (!request.headers.has('authorization') && !request.headers.has('cookie'))
    return limits.anonymousListLimit
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  return user ? limits.signedInListLimit : limits.anonymousListLimit
}

/**
 * Wraps a REST route handler so that what a caller from outside asks for is bounded before
 * Payload sees it: request bodies over the limit are refused with 413 without being parsed, and
 * list queries get a bounded `limit`. It is done here, at the edge, rather than in an operation
 * hook, because the operations cannot tell a caller's query from the unbounded internal queries
 * (publisher, exporter, endpoints) that run inside the same request.
 */
export function guardRest<A>(
  config: ConfigArg,
  handler: RouteHandler<A>,
  limits: RequestLimits = requestLimits(),
): RouteHandler<A> {
  return async (incoming, args) => {
    let request = incoming
    if (isGetOverride(request)) {
      const body = await readBodyWithin(request, limits.maxBodyBytes)
      if (body === 'too-large') return tooLarge(limits.maxBodyBytes)
      const url = new URL(request.url)
      for (const [key, value] of new URLSearchParams(new TextDecoder().decode(body)))
        url.searchParams.append(key, value)
      const headers = withoutBodyHeaders(request.headers)
      request = new Request(url, { method: 'GET', headers, signal: request.signal })
    } else if (WITH_BODY.has(request.method)) {
      const bounded = await withBoundedBody(request, await bodyLimitFor(config, request, limits))
      if (bounded instanceof Response) return bounded
      request = bounded
    }
    if (request.method === 'GET') {
      const url = new URL(request.url)
      const capped = capListQuery(url.searchParams, await listCap(config, request, limits))
      if (capped) {
        url.search = capped.toString()
        request = new Request(url, {
          method: 'GET',
          headers: request.headers,
          signal: request.signal,
        })
      }
    }
    return handler(request, args)
  }
}
