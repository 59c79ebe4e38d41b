import type { Payload } from 'payload'
import { parseSubscribeInput, type SubscribeField } from '../../domain/subscriptions/subscribeInput'
import { clientIp } from '../auth/clientIp'
import { checkFormSolution } from '../forms/formChallenge'
import { takeFormPoint } from '../forms/formLimiters'
import type { FormAnswerContext } from '../forms/formResponses'
import { wantsJson } from '../forms/formResponses'
import { formSecrets } from '../forms/formSecret'
import { orgOnHost } from '../forms/orgOnHost'
import { requestHost } from '../forms/requestHost'
import { spendChallenge } from '../forms/spendChallenge'
import { queueConfirmation } from './queueConfirmation'
import { readSubscriptionForm } from './readSubscriptionForm'
import { subscribeAddress } from './subscribeAddress'
import { tokenHashOf } from './subscriberToken'
import { subscribeAccepted, subscribeRefused } from './subscribeResponses'
import { subscriptionSite } from './subscriptionSite'
import { SUBSCRIPTION_TEXT as T } from './subscriptionText'

/**
 * POST /api/forms/subscribe — the subscription form of a site (forwarded from
 * `<base>/_forms/subscribe`). The feedback form's defences in the same order (handleInquiry):
 * body size, the per-address limit, the honeypot, the fields, the org on this host, the proof of
 * work spent once (or the smaller budget without it), the per-site limit; then, silently, the
 * per-recipient limit. Anonymous: no session is read. Double opt-in: the row is `pending` and
 * gets one confirmation mail; an address already confirmed gets nothing, and the answer is the
 * same in every accepted case.
 */
export async function handleSubscribe(payload: Payload, request: Request): Promise<Response> {
  const ctx: FormAnswerContext = { json: wantsJson(request.headers), site: null, values: {} }
  const fields = await readSubscriptionForm(request)
  if (fields === 'too-large') return subscribeRefused(ctx, 413, T.tooLarge)
  if (fields === 'unreadable') return subscribeRefused(ctx, 400, T.unreadable)
  ctx.values = fields

  const host = requestHost(request.headers)
  const findSite = async () =>
    host && fields.org ? orgOnHost(payload, fields.org.trim(), host) : null
  const ip = clientIp(request.headers)
  const wait = await takeFormPoint(payload, 'subscribePerAddress', ip)
  if (wait) {
    if (!ctx.json) ctx.site = await findSite()
    return subscribeRefused(ctx, 429, T.tooMany, {}, wait)
  }
  ctx.site = await findSite()
  if (fields.website?.trim()) return subscribeAccepted(ctx)

  const parsed = parseSubscribeInput(fields)
  const errors: Partial<Record<SubscribeField, string>> = parsed.ok ? {} : { ...parsed.errors }
  if (!ctx.site && !errors.org) errors.org = T.wrongOrg
  const solution = await checkFormSolution(fields.altcha, formSecrets(payload))
  if (!solution.ok && solution.reason !== 'missing') errors.altcha = T.badProof
  if (!parsed.ok || !ctx.site || Object.keys(errors).length > 0)
    return subscribeRefused(ctx, 400, T.invalid, errors)
  const site = ctx.site
  const orgKey = String(site.org.id)

  if (solution.ok) {
    if (!(await spendChallenge(payload, solution.id, solution.expiresAt)))
      return subscribeRefused(ctx, 400, T.invalid, { altcha: T.usedProof })
  } else {
    const noProofWait =
      (await takeFormPoint(payload, 'subscribeWithoutProofPerAddress', ip)) ??
      (await takeFormPoint(payload, 'subscribeWithoutProofPerSite', orgKey))
    if (noProofWait) return subscribeRefused(ctx, 429, T.tooManyWithoutProof, {}, noProofWait)
  }
  const siteWait = await takeFormPoint(payload, 'subscribePerSite', orgKey)
  if (siteWait) return subscribeRefused(ctx, 429, T.tooManyForSite, {}, siteWait)
  // A mailbox gets a few confirmations a day at most, whoever asks: past that, the same answer.
  // Counted under the address's hash: the limiter's table keeps no address.
  const input = { ...parsed.value, org: orgKey }
  if (await takeFormPoint(payload, 'subscribePerRecipient', tokenHashOf(input.email)))
    return subscribeAccepted(ctx)

  try {
    const outcome = await subscribeAddress(payload, input)
    if (outcome.kind === 'confirm')
      await queueConfirmation(
        payload,
        input.email,
        await subscriptionSite(payload, site),
        outcome.token,
      )
  } catch (error) {
    payload.logger.error({ err: error }, 'The form could not store a subscription')
    return subscribeRefused(ctx, 503, T.notStored)
  }
  return subscribeAccepted(ctx)
}
