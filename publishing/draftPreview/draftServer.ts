import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Payload } from 'payload'
import { verifyPreview } from '../../cms/draftPreview/previewToken'
import type { SiteRenderer } from '../render/siteRenderer'
import { renderDraft, type DraftPage } from './renderDraft'

export interface DraftServerDeps {
  payload: Payload
  renderer: () => Promise<SiteRenderer>
  /** Drafts rendered at once; more wait for nothing and get 503 (a flood renders nothing). */
  maxRendering?: number
}

/** Every answer: never cached or indexed, never framed, and the token never sent onward. */
const HEADERS = {
  'Cache-Control': 'no-store',
  'X-Robots-Tag': 'noindex, nofollow',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "frame-ancestors 'none'",
}

const PATH = /^\/preview\/([^/?#]{1,400})$/

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

function messagePage(message: string): string {
  return (
    '<!doctype html><html lang="ru"><head><meta charset="utf-8">' +
    '<meta name="robots" content="noindex, nofollow"><title>Предпросмотр черновика</title></head>' +
    `<body><main><h1>Предпросмотр недоступен</h1><p>${escapeHtml(message)}</p></main></body></html>`
  )
}

function send(res: ServerResponse, page: DraftPage | { status: 405 | 500 | 503; message: string }) {
  const html = page.status === 200 ? page.html : messagePage(page.message)
  const extra: Record<string, string> =
    page.status === 405 ? { Allow: 'GET, HEAD' } : page.status === 503 ? { 'Retry-After': '5' } : {}
  res.writeHead(page.status, { ...HEADERS, ...extra, 'Content-Type': 'text/html; charset=utf-8' })
  res.end(res.req.method === 'HEAD' ? undefined : html)
}

/**
 * The drafts server's requests: `GET /preview/<token>` shows the draft the token was signed for
 * (renderDraft); a token that is not ours or was altered is a plain 404, an expired one says so.
 * Everything else is 404. Errors are logged and answered in Russian.
 */
export function draftRequestHandler(deps: DraftServerDeps) {
  const maxRendering = deps.maxRendering ?? 2
  let rendering = 0
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, { status: 405, message: 'Страницу можно только открыть.' })
    const match = PATH.exec(new URL(req.url ?? '/', 'http://drafts').pathname)
    const grant = match ? verifyPreview(deps.payload.secret, match[1]) : null
    if (grant === 'expired')
      return send(res, {
        status: 403,
        message: 'Ссылка устарела: нажмите «Предпросмотр» в редакторе ещё раз.',
      })
    if (grant === null || typeof grant === 'string')
      return send(res, { status: 404, message: 'Такой страницы нет.' })
    if (rendering >= maxRendering)
      return send(res, {
        status: 503,
        message: 'Сервер занят. Обновите страницу через несколько секунд.',
      })
    rendering += 1
    try {
      send(res, await renderDraft(deps.payload, await deps.renderer(), grant))
    } catch (error) {
      console.error('[drafts]', error)
      send(res, { status: 500, message: 'Не удалось показать черновик. Попробуйте ещё раз.' })
    } finally {
      rendering -= 1
    }
  }
}
