import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fillFormPage, type FormErrors } from '../forms/fillFormPage'
import type { FormAnswerContext } from '../forms/formResponses'
import { subscriptionPage } from './subscriptionPage'

const HTML_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
}
const JSON_HEADERS = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' }

const base = (ctx: FormAnswerContext) => ctx.site?.basePath ?? ''

/**
 * Accepted — also for an address already subscribed, a honeypot hit or a recipient past its
 * limit: the same 201 JSON or 303 to `<base>/subscribe/sent/` («проверьте почту»), so the answer
 * never tells a stranger whether an address is known.
 */
export function subscribeAccepted(ctx: FormAnswerContext): Response {
  const redirect = `${base(ctx)}/subscribe/sent/`
  if (ctx.json) return Response.json({ ok: true, redirect }, { status: 201, headers: JSON_HEADERS })
  return new Response(null, { status: 303, headers: { Location: redirect, ...JSON_HEADERS } })
}

/**
 * Refused: JSON with the message and the errors by field, or — without JavaScript — the site's
 * own subscription page with what the reader typed and the errors filled in (fillFormPage, the
 * form named `subscribe`), or a minimal page when the site has none.
 */
export async function subscribeRefused(
  ctx: FormAnswerContext,
  status: number,
  message: string,
  errors: FormErrors = {},
  retryAfter?: number,
): Promise<Response> {
  const extra: Record<string, string> = retryAfter ? { 'Retry-After': String(retryAfter) } : {}
  if (ctx.json) {
    const body = Object.keys(errors).length
      ? { ok: false, message, errors }
      : { ok: false, message }
    return Response.json(body, { status, headers: { ...JSON_HEADERS, ...extra } })
  }
  const page = ctx.site
    ? await readFile(path.join(ctx.site.dir, 'subscribe', 'index.html'), 'utf8').catch(() => null)
    : null
  const problems = Object.values(errors).filter((e): e is string => Boolean(e))
  const html = page
    ? fillFormPage(page, ctx.values, errors, message, 'subscribe')
    : subscriptionPage({
        title: 'Подписка не оформлена',
        siteName: ctx.site?.org.name,
        base: base(ctx),
        paragraphs: [message, ...problems],
        links: [{ label: 'Вернуться к форме подписки', href: `${base(ctx)}/subscribe/` }],
      })
  return new Response(html, { status, headers: { ...HTML_HEADERS, ...extra } })
}
