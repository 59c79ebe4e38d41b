import { fillFormPage, type FormErrors } from '../forms/fillFormPage'
import {
  acceptedAnswer,
  refusedAnswer,
  sitePage,
  type FormAnswerContext,
} from '../forms/formResponses'
import { subscriptionPage } from './subscriptionPage'

const base = (ctx: FormAnswerContext) => ctx.site?.basePath ?? ''

/**
 * Accepted — also for an address already subscribed, a honeypot hit or a recipient past its
 * limit: the same 201 JSON or 303 to `<base>/subscribe/sent/` («проверьте почту»), so the answer
 * never tells a stranger whether an address is known.
 */
export const subscribeAccepted = (ctx: FormAnswerContext): Response =>
  acceptedAnswer(ctx, `${base(ctx)}/subscribe/sent/`)

/**
 * Refused: JSON with the message and the errors by field, or — without JavaScript — the site's
 * own subscription page with what the reader typed and the errors filled in (fillFormPage, the
 * form named `subscribe`), or a minimal page when the site has none.
 */
export function subscribeRefused(
  ctx: FormAnswerContext,
  status: number,
  message: string,
  errors: FormErrors = {},
  retryAfter?: number,
): Promise<Response> {
  return refusedAnswer(ctx, { status, message, errors, retryAfter }, async () => {
    const page = await sitePage(ctx.site, 'subscribe')
    if (page) return fillFormPage(page, ctx.values, errors, message, 'subscribe')
    const problems = Object.values(errors).filter((e): e is string => Boolean(e))
    return subscriptionPage({
      title: 'Подписка не оформлена',
      siteName: ctx.site?.org.name,
      base: base(ctx),
      paragraphs: [message, ...problems],
      links: [{ label: 'Вернуться к форме подписки', href: `${base(ctx)}/subscribe/` }],
    })
  })
}
