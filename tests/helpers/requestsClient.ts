import { handleEndpoints, type Payload } from 'payload'
import { guardGraphQL } from '../../cms/requests/guardGraphQL'
import { guardRest } from '../../cms/requests/guardRest'
import { requestLimits, type RequestLimits } from '../../cms/requests/requestSettings'
import type { ApiResponse } from './apiClient'

export interface RawRequest {
  method?: string
  headers?: Record<string, string>
  body?: BodyInit
}

const toResponse = async (response: Response): Promise<ApiResponse> => {
  const text = await response.text()
  let body: unknown = text
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    /* not JSON: keep the text */
  }
  return { status: response.status, body }
}

/**
 * Raw HTTP-shaped requests with any headers and body (cookies, origins, content types), to the
 * REST handler as the Next.js route mounts it — through guardRest — or, with `unguarded`,
 * to Payload's handleEndpoints alone (as apiClient does); and to the GraphQL route.
 */
export function requestsClient(payload: Payload, limits: RequestLimits = requestLimits()) {
  const endpoints = (request: Request) => handleEndpoints({ config: payload.config, request })
  const guarded = guardRest(payload.config, endpoints, limits)

  async function rest(path: string, init: RawRequest = {}, unguarded = false) {
    const request = new Request(`http://localhost:3000/api${path}`, {
      method: init.method ?? 'GET',
      headers: init.headers,
      body: init.body,
      // Lets a test stream a body without Content-Length, as a chunked upload arrives.
      duplex: 'half',
    } as RequestInit)
    return toResponse(await (unguarded ? endpoints(request) : guarded(request, undefined)))
  }

  async function graphql(query: string, headers: Record<string, string> = {}) {
    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const handler = guardGraphQL(GRAPHQL_POST(Promise.resolve(payload.config)), limits)
    const request = new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    })
    return toResponse(await handler(request, undefined))
  }

  return { rest, graphql }
}
