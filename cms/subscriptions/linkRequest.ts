import type { Payload } from 'payload'
import type { Subscriber } from '../payload-types'
import { clientIp } from '../auth/clientIp'
import { takeFormPoint } from '../forms/formLimiters'
import { wantsJson } from '../forms/formResponses'
import { orgOnHost } from '../forms/orgOnHost'
import { requestHost } from '../forms/requestHost'
import { idOf } from '../services/refs'
import { readSubscriptionForm } from './readSubscriptionForm'
import { subscriberByToken } from './subscriberByToken'
import { subscriptionPage, type SubscriptionPageContent } from './subscriptionPage'
import { SUBSCRIPTION_TEXT as T } from './subscriptionText'

export interface LinkRequest {
  row: Subscriber
  token: string
  fields: Record<string, string>
  json: boolean
  /** The site the row belongs to, for the page: its name, accent, base path (`''` if not on this host). */
  site: { name?: string; accent?: string; base: string }
}

const HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  // The token is in the address: it must not leave in a Referer to the site's links.
  'Referrer-Policy': 'no-referrer',
}

/** An answer to a link: JSON `{ ok, state, message }` for scripts and tests, else the small page. */
export function linkAnswer(
  json: boolean,
  status: number,
  state: string,
  page: SubscriptionPageContent,
): Response {
  if (json)
    return Response.json(
      { ok: status < 400, state, message: page.paragraphs[0] ?? page.title },
      { status, headers: HEADERS },
    )
  return new Response(subscriptionPage(page), {
    status,
    headers: { ...HEADERS, 'Content-Type': 'text/html; charset=utf-8' },
  })
}

/**
 * The common start of /api/forms/{confirm,unsubscribe,preferences}: the token from the query (the
 * link, and RFC 8058's one-click POST) or the body (the page's button), its row, the site for the
 * page. A malformed token is 400, an unknown one 404, both changing nothing; only those count
 * against the address's limit (a shared mail provider's one-click POSTs never do).
 */
export async function linkRequest(
  payload: Payload,
  request: Request,
): Promise<LinkRequest | Response> {
  const json = wantsJson(request.headers)
  const fields = request.method === 'POST' ? await readSubscriptionForm(request) : {}
  const bad = (status: number, message: string) =>
    linkAnswer(json, status, 'invalid', {
      title: 'Ссылка недействительна',
      base: '',
      paragraphs: [message],
    })
  if (fields === 'too-large') return bad(413, T.tooLarge)
  if (fields === 'unreadable') return bad(400, T.unreadable)
  const token = new URL(request.url).searchParams.get('token') ?? fields.token
  const row = await subscriberByToken(payload, token)
  if (typeof row === 'string') {
    const wait = await takeFormPoint(
      payload,
      'subscriptionLinkPerAddress',
      clientIp(request.headers),
    )
    if (wait) return bad(429, T.tooMany)
    return bad(row === 'malformed' ? 400 : 404, T.badLink)
  }
  const orgId = String(idOf(row.organization))
  const host = requestHost(request.headers)
  const placed = host ? await orgOnHost(payload, orgId, host) : null
  const org = await payload
    .findByID({
      collection: 'organizations',
      id: orgId,
      depth: 0,
      select: { name: true, branding: { accentColor: true } },
      overrideAccess: true,
    })
    .catch(() => null)
  return {
    row,
    token: token as string,
    fields,
    json,
    site: {
      name: org?.name,
      accent: org?.branding?.accentColor ?? undefined,
      base: placed?.basePath ?? '',
    },
  }
}
