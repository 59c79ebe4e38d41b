import type { Payload } from 'payload'
import { confirmExpired } from '../../domain/subscriptions/confirmWindow'
import { linkAnswer, linkRequest } from './linkRequest'
import { SUBSCRIPTION_TEXT as T } from './subscriptionText'

/**
 * /api/forms/confirm?token=… — GET shows a page with the button and changes nothing (mail
 * scanners and link previews open every link in a message); POST confirms a pending row whose
 * link is under a week old. A confirmed row stays so; an unsubscribed or bounced one is not
 * revived by an old confirmation link (the reader subscribes again).
 */
export async function handleConfirm(payload: Payload, request: Request): Promise<Response> {
  const link = await linkRequest(payload, request)
  if (link instanceof Response) return link
  const { row, site, json, token } = link
  const page = { siteName: site.name, accent: site.accent, base: site.base }
  const again = [{ label: 'Подписаться снова', href: `${site.base}/subscribe/` }]
  if (row.status === 'confirmed')
    return linkAnswer(json, 200, 'confirmed', {
      ...page,
      title: 'Подписка подтверждена',
      paragraphs: ['Подписка уже подтверждена: письма будут приходить на этот адрес.'],
    })
  if (row.status !== 'pending')
    return linkAnswer(json, 409, row.status, {
      ...page,
      title: 'Подписка отменена',
      paragraphs: ['Эта подписка была отменена. Чтобы снова получать письма, подпишитесь ещё раз.'],
      links: again,
    })
  const now = new Date()
  if (confirmExpired(row.consentAt, now))
    return linkAnswer(json, 410, 'expired', {
      ...page,
      title: 'Ссылка устарела',
      paragraphs: [T.expiredLink],
      links: again,
    })
  if (request.method !== 'POST')
    return linkAnswer(json, 200, 'pending', {
      ...page,
      title: 'Подтвердите подписку',
      paragraphs: ['Нажмите кнопку, чтобы получать письма с новостями сайта на этот адрес.'],
      buttons: [
        { action: `${site.base}/_forms/confirm`, label: 'Подтвердить подписку', hidden: { token } },
      ],
    })
  await payload.update({
    collection: 'subscribers',
    id: row.id,
    data: { status: 'confirmed', confirmedAt: now.toISOString(), unsubscribedAt: null },
    depth: 0,
    overrideAccess: true,
  })
  return linkAnswer(json, 200, 'confirmed', {
    ...page,
    title: 'Подписка подтверждена',
    paragraphs: [
      'Спасибо! Подписка подтверждена. В каждом письме будет ссылка, чтобы отписаться в один клик.',
    ],
    links: [
      { label: 'Настройки подписки', href: `${site.base}/_forms/preferences?token=${token}` },
    ],
  })
}
