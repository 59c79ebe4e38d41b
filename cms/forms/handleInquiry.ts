import type { Payload } from 'payload'
import { parseInquiryInput, type InquiryField } from '../../domain/inquiries/inquiryInput'
import { clientIp } from '../auth/clientIp'
import { receiveInquiry } from '../inquiries/receiveInquiry'
import { checkAttachment } from './checkAttachment'
import { checkFormSolution } from './formChallenge'
import { formAccepted, formRefused, wantsJson, type FormAnswerContext } from './formResponses'
import { takeFormPoint } from './formLimiters'
import { formSecrets } from './formSecret'
import { orgOnHost } from './orgOnHost'
import { readInquiryForm } from './readInquiryForm'
import { requestHost } from './requestHost'
import { spendChallenge } from './spendChallenge'
import { FORM_TEXT } from './formText'

/**
 * POST /api/forms/inquiry — a member's inquiry from the form on a site (the sites forward
 * `<base>/_forms/inquiry` here). Anonymous by design: nothing here reads the caller's session,
 * and the inquiry is created by receiveInquiry alone, so an editor's cookie riding along on a
 * forged cross-site post changes nothing. The order keeps the cheap refusals first: body size,
 * the per-address limit, the honeypot, the fields, the org on this host, the attachment, the
 * proof of work (spent once), then the per-site limit, and only then the write.
 */
export async function handleInquiry(payload: Payload, request: Request): Promise<Response> {
  const ctx: FormAnswerContext = { json: wantsJson(request.headers), site: null, values: {} }
  const form = await readInquiryForm(request)
  if (form === 'too-large') return formRefused(ctx, 413, FORM_TEXT.tooLarge)
  if (form === 'unreadable') return formRefused(ctx, 400, FORM_TEXT.unreadable)
  ctx.values = form.fields
  const { fields } = form

  const host = requestHost(request.headers)
  const findSite = async () =>
    host && fields.org ? orgOnHost(payload, fields.org.trim(), host) : null
  const ip = clientIp(request.headers)
  const wait = await takeFormPoint(payload, 'perAddress', ip)
  if (wait) {
    // A flood's JSON answer costs no lookup; a reader without JavaScript gets the site's page.
    if (!ctx.json) ctx.site = await findSite()
    return formRefused(ctx, 429, FORM_TEXT.tooMany, {}, wait)
  }
  ctx.site = await findSite()
  // A bot that fills the hidden field is told it succeeded, so it learns nothing to adapt.
  if (fields.website?.trim()) return formAccepted(ctx)

  const parsed = parseInquiryInput(fields)
  const errors: Partial<Record<InquiryField, string>> = parsed.ok ? {} : { ...parsed.errors }
  if (!ctx.site && !errors.org) errors.org = FORM_TEXT.wrongOrg

  const attachment = await checkAttachment(form.attachment)
  if (!attachment.ok)
    return formRefused(ctx, attachment.status, attachment.message, {
      ...errors,
      attachment: attachment.message,
    })

  const secrets = formSecrets(payload)
  const solution = await checkFormSolution(fields.altcha, secrets)
  if (!solution.ok && solution.reason !== 'missing') errors.altcha = FORM_TEXT.badProof
  if (!parsed.ok || !ctx.site || Object.keys(errors).length > 0)
    return formRefused(ctx, 400, FORM_TEXT.invalid, errors)
  const site = ctx.site
  const orgKey = String(site.org.id)

  if (solution.ok) {
    if (!(await spendChallenge(payload, solution.id, solution.expiresAt)))
      return formRefused(ctx, 400, FORM_TEXT.invalid, { altcha: FORM_TEXT.usedProof })
  } else {
    // No proof of work: a browser without JavaScript, or a bot skipping it — a far smaller budget.
    const noProofWait =
      (await takeFormPoint(payload, 'withoutProofPerAddress', ip)) ??
      (await takeFormPoint(payload, 'withoutProofPerSite', orgKey))
    if (noProofWait) return formRefused(ctx, 429, FORM_TEXT.tooManyWithoutProof, {}, noProofWait)
  }
  const siteWait = await takeFormPoint(payload, 'perSite', orgKey)
  if (siteWait) return formRefused(ctx, 429, FORM_TEXT.tooManyForSite, {}, siteWait)

  try {
    await receiveInquiry(payload, {
      organization: orgKey,
      site: `${site.host}${site.basePath}`,
      ...parsed.value,
      attachment: attachment.file,
    })
  } catch (error) {
    payload.logger.error({ err: error }, 'The form could not store an inquiry')
    return formRefused(ctx, 503, FORM_TEXT.notStored)
  }
  return formAccepted(ctx)
}
