import { handleEndpoints, type Payload } from 'payload'

export interface ApiResponse {
  status: number
  body: any
  headers?: Headers
}

/**
 * Calls the real REST and GraphQL handlers (the ones the Next.js routes mount) with fetch
 * Requests, so access rules are exercised exactly as over HTTP, without starting a server.
 */
export function apiClient(payload: Payload) {
  const tokens = new Map<string, string>()

  async function login(email: string, password: string): Promise<string> {
    const cached = tokens.get(email)
    if (cached) return cached
    const result = await payload.login({ collection: 'users', data: { email, password } })
    if (!result.token) throw new Error(`login failed for ${email}`)
    tokens.set(email, result.token)
    return result.token
  }

  const headers = (token?: string, json = false) => {
    const h = new Headers()
    if (token) h.set('Authorization', `JWT ${token}`)
    if (json) h.set('Content-Type', 'application/json')
    return h
  }

  async function rest(
    method: string,
    path: string,
    options: { token?: string; body?: unknown } = {},
  ): Promise<ApiResponse> {
    const request = new Request(`http://localhost:3000/api${path}`, {
      method,
      headers: headers(options.token, options.body !== undefined),
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    })
    const response = await handleEndpoints({ config: payload.config, request })
    const text = await response.text()
    return {
      status: response.status,
      body: text ? JSON.parse(text) : null,
      headers: response.headers,
    }
  }

  async function graphql(query: string, token?: string): Promise<ApiResponse> {
    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const request = new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: headers(token, true),
      body: JSON.stringify({ query }),
    })
    const response = await GRAPHQL_POST(Promise.resolve(payload.config))(request)
    return { status: response.status, body: await response.json(), headers: response.headers }
  }

  return { login, rest, graphql }
}
