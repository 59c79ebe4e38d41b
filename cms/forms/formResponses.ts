import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fillFormPage, type FormErrors, type FormValues } from './fillFormPage'
import { fallbackFormPage } from './fallbackFormPage'
import type { FormSite } from './orgOnHost'

export interface FormAnswerContext {
  json: boolean
  /** The site the form was on, when the org and host checked out. */
  site: FormSite | null
  values: FormValues
}

const HTML_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
}
const JSON_HEADERS = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' }

export const wantsJson = (headers: Headers) =>
  (headers.get('accept') ?? '').toLowerCase().includes('application/json')

const sentPath = (site: FormSite | null) => `${site?.basePath ?? ''}/feedback/sent/`

/**
 * Accepted: 201 JSON naming where to go, or a 303 there. A path without a host: the browser
 * resolves it against the site it posted to.
 */
export function acceptedAnswer(ctx: FormAnswerContext, redirect: string): Response {
  if (ctx.json) return Response.json({ ok: true, redirect }, { status: 201, headers: JSON_HEADERS })
  return new Response(null, { status: 303, headers: { Location: redirect, ...JSON_HEADERS } })
}

/**
 * Refused: JSON with the message and the errors by field, or — without JavaScript — the HTML
 * page `page` makes (the site's form page with what the reader typed and the errors filled in).
 * Every public form answers refusals this way.
 */
export async function refusedAnswer(
  ctx: FormAnswerContext,
  refusal: { status: number; message: string; errors?: FormErrors; retryAfter?: number },
  page: () => Promise<string>,
): Promise<Response> {
  const { status, message, errors = {}, retryAfter } = refusal
  const extra: Record<string, string> = retryAfter ? { 'Retry-After': String(retryAfter) } : {}
  if (ctx.json) {
    const body = Object.keys(errors).length
      ? { ok: false, message, errors }
      : { ok: false, message }
    return Response.json(body, { status, headers: { ...JSON_HEADERS, ...extra } })
  }
  return new Response(await page(), { status, headers: { ...HTML_HEADERS, ...extra } })
}

/** Accepted (or a honeypot hit, which must look the same): 201 JSON, or 303 to the sent page. */
export const formAccepted = (ctx: FormAnswerContext): Response =>
  acceptedAnswer(ctx, sentPath(ctx.site))

/** The site's own published page `<form>/index.html`, read as the preview server would serve it. */
export async function sitePage(site: FormSite | null, form: string): Promise<string | null> {
  if (!site) return null
  return readFile(path.join(site.dir, form, 'index.html'), 'utf8').catch(() => null)
}

/**
 * The feedback form refused: the site's form page with what the reader typed and the errors
 * filled in (a minimal Russian page when the site has none). The message of a 413/415/429 goes to
 * the field it concerns, or to the summary's message slot.
 */
export function formRefused(
  ctx: FormAnswerContext,
  status: number,
  message: string,
  errors: FormErrors = {},
  retryAfter?: number,
): Promise<Response> {
  return refusedAnswer(ctx, { status, message, errors, retryAfter }, async () => {
    const page = await sitePage(ctx.site, 'feedback')
    return page
      ? fillFormPage(page, ctx.values, errors, message)
      : fallbackFormPage(ctx.site, message, errors)
  })
}
