import { solveChallenge, type Challenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2'
import { handleEndpoints, type Payload } from 'payload'
import { guardRest } from '../../cms/requests/guardRest'
import { requestLimits } from '../../cms/requests/requestSettings'

/**
 * Posts to the public form endpoint through the real REST route (guardRest included), as the
 * preview server forwards a site's `/_forms/inquiry`: the site's host in X-Forwarded-Host, the
 * reader's address in X-Forwarded-For. `solve()` fetches a challenge and solves it as the widget
 * does, giving the `altcha` field's value.
 */
export function inquiryFormClient(payload: Payload) {
  const endpoints = (request: Request) => handleEndpoints({ config: payload.config, request })
  const guarded = guardRest(payload.config, endpoints, requestLimits())

  async function send(path: string, init: RequestInit = {}) {
    const response = await guarded(new Request(`http://localhost:3000/api${path}`, init), undefined)
    const text = await response.text()
    let json: Record<string, unknown> | null = null
    try {
      json = text ? JSON.parse(text) : null
    } catch {
      /* a page */
    }
    return { status: response.status, headers: response.headers, text, json }
  }

  async function challenge(): Promise<Challenge> {
    const res = await send('/forms/challenge')
    if (res.status !== 200) throw new Error(`challenge: ${res.status}`)
    return res.json as unknown as Challenge
  }

  async function solve(given?: Challenge): Promise<string> {
    const c = given ?? (await challenge())
    const solution = await solveChallenge({ challenge: c, deriveKey })
    if (!solution) throw new Error('could not solve the challenge')
    return Buffer.from(JSON.stringify({ challenge: c, solution })).toString('base64')
  }

  interface PostOptions {
    host: string
    ip: string
    json?: boolean
    headers?: Record<string, string>
    file?: { bytes: Uint8Array; name: string; type: string }
  }

  async function post(fields: Record<string, string | undefined>, options: PostOptions) {
    const form = new FormData()
    for (const [name, value] of Object.entries(fields))
      if (value !== undefined) form.append(name, value)
    if (options.file)
      form.append(
        'attachment',
        new Blob([new Uint8Array(options.file.bytes)], { type: options.file.type }),
        options.file.name,
      )
    const encoded = new Response(form)
    const body = new Uint8Array(await encoded.arrayBuffer())
    const headers: Record<string, string> = {
      'Content-Type': encoded.headers.get('content-type')!,
      'X-Forwarded-Host': options.host,
      'X-Forwarded-For': options.ip,
      ...(options.json === false ? { Accept: 'text/html' } : { Accept: 'application/json' }),
      ...options.headers,
    }
    return send('/forms/inquiry', { method: 'POST', headers, body })
  }

  return { challenge, solve, post, send }
}
