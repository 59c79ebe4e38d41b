/**
 * The preview server's forwarding of `/_forms/*` (and `/org/<slug>/_forms/*`) to the CMS at
 * `/api/forms/*`, as the nginx config does in production (nginxForms.ts): the Host the reader
 * used in X-Forwarded-Host, the section base in X-Forwarded-Prefix, the reader's address in
 * X-Forwarded-For. The body is bounded here too; a CMS that does not answer is a Russian 502 page.
 * Cookies are not forwarded: the form is an anonymous write, and a logged-in editor's admin cookie
 * must never reach it through a site.
 */
import { request, type IncomingMessage, type ServerResponse } from 'node:http'
import { FORMS_MAX_BODY_BYTES, FORMS_TIMEOUT_MS, formsTarget } from './formsPaths'
import { formTooLargePage, formsUnavailablePage, plainNotFoundPage } from './pages'
import { SECURITY_HEADERS } from './policy'

/** Request headers passed on as they came; everything else (cookies first) stays behind. */
const PASSED = [
  'content-type',
  'content-length',
  'accept',
  'accept-language',
  'user-agent',
  'origin',
  'referer',
]
/** Response headers passed back; the site's own security headers are set on every answer. */
const RETURNED = ['content-type', 'content-length', 'location', 'retry-after', 'cache-control']

const JSON_UNAVAILABLE = JSON.stringify({
  ok: false,
  message:
    'Сервис приёма обращений временно не отвечает. Попробуйте ещё раз через несколько минут.',
})

/** One answer of the server's own per request: the first wins (an error after a 413, say). */
function answerOnce(req: IncomingMessage, res: ServerResponse) {
  let done = false
  return (status: number, html: string): void => {
    if (done) return
    done = true
    if (res.headersSent) {
      res.destroy()
      return
    }
    const json = (req.headers.accept ?? '').includes('application/json') && status === 502
    const body = Buffer.from(json ? JSON_UNAVAILABLE : html, 'utf8')
    res.writeHead(status, {
      'Content-Type': json ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8',
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      ...(status === 413 ? { Connection: 'close' } : {}),
      ...SECURITY_HEADERS,
    })
    res.end(body)
    // An unread request body would otherwise keep the socket busy.
    req.resume()
  }
}

export function forwardForm(
  req: IncomingMessage,
  res: ServerResponse,
  target: string,
  upstream: string | undefined,
): void {
  const answer = answerOnce(req, res)
  const forms = formsTarget(target)
  if (!forms) return answer(404, plainNotFoundPage())
  if (req.method !== 'GET' && req.method !== 'POST') {
    res.writeHead(405, { Allow: 'GET, POST', ...SECURITY_HEADERS }).end()
    req.resume()
    return
  }
  if (Number(req.headers['content-length'] ?? 0) > FORMS_MAX_BODY_BYTES) {
    return answer(413, formTooLargePage())
  }
  if (!upstream) return answer(502, formsUnavailablePage())
  const url = new URL(forms.upstreamPath, upstream)
  const headers: Record<string, string> = {}
  for (const name of PASSED) {
    const value = req.headers[name]
    if (typeof value === 'string') headers[name] = value
  }
  headers['x-forwarded-host'] = req.headers.host ?? ''
  // The preview server is the edge: the reader's address is the socket's, whatever they claim.
  headers['x-forwarded-for'] = req.socket.remoteAddress ?? ''
  headers['x-forwarded-proto'] = 'http'
  if (forms.base) headers['x-forwarded-prefix'] = forms.base
  const out = request(url, { method: req.method, headers, timeout: FORMS_TIMEOUT_MS })
  out.on('timeout', () => out.destroy(new Error('timeout')))
  out.on('error', () => answer(502, formsUnavailablePage()))
  out.on('response', (reply) => {
    const back: Record<string, string | string[]> = { ...SECURITY_HEADERS }
    for (const name of RETURNED) {
      const value = reply.headers[name]
      if (value !== undefined) back[name] = value
    }
    res.writeHead(reply.statusCode ?? 502, back)
    reply.pipe(res)
  })
  let received = 0
  req.on('data', (chunk: Buffer) => {
    received += chunk.length
    if (received <= FORMS_MAX_BODY_BYTES) {
      out.write(chunk)
      return
    }
    // A body longer than it said (or chunked without a length): stop forwarding it.
    answer(413, formTooLargePage())
    out.destroy()
  })
  req.on('end', () => out.end())
  req.on('error', () => out.destroy())
}
