import type { Payload } from 'payload'
import { maskAddress } from '../../domain/subscriptions/confirmWindow'
import {
  isSubscriptionMode,
  SUBSCRIPTION_MODES,
} from '../../domain/subscriptions/subscriptionModes'
import { linkAnswer, linkRequest } from './linkRequest'
import { unsubscribeRow } from './unsubscribeRow'

/**
 * /api/forms/preferences?token=… — GET: the subscription's settings (what to receive, and the
 * way out); POST `action=save` with `mode` changes what a confirmed address receives,
 * `action=unsubscribe` unsubscribes at once. The address is shown masked: links get forwarded.
 */
export async function handlePreferences(payload: Payload, request: Request): Promise<Response> {
  const link = await linkRequest(payload, request)
  if (link instanceof Response) return link
  const { site, json, token, fields } = link
  let row = link.row
  const page = { siteName: site.name, accent: site.accent, base: site.base }
  const again = [{ label: 'Подписаться снова', href: `${site.base}/subscribe/` }]
  const action = `${site.base}/_forms/preferences`
  if (request.method === 'POST' && fields.action === 'unsubscribe') {
    await unsubscribeRow(payload, row)
    return linkAnswer(json, 200, 'unsubscribed', {
      ...page,
      title: 'Вы отписались',
      paragraphs: ['Готово: писем с этого сайта на ваш адрес больше не будет.'],
      links: again,
    })
  }
  if (row.status !== 'confirmed')
    return linkAnswer(json, request.method === 'POST' ? 409 : 200, row.status, {
      ...page,
      title: 'Настройки подписки',
      paragraphs: [
        row.status === 'pending'
          ? 'Подписка ещё не подтверждена: откройте письмо со ссылкой для подтверждения.'
          : 'Подписка отменена: письма на этот адрес не приходят.',
      ],
      links: again,
    })
  let saved = false
  if (request.method === 'POST') {
    if (fields.action !== 'save' || !isSubscriptionMode(fields.mode))
      return linkAnswer(json, 400, 'invalid', {
        ...page,
        title: 'Настройки не сохранены',
        paragraphs: ['Выберите, что присылать: каждую новость или еженедельный дайджест.'],
        links: [{ label: 'Настройки подписки', href: `${action}?token=${token}` }],
      })
    row = await payload.update({
      collection: 'subscribers',
      id: row.id,
      data: { mode: fields.mode },
      depth: 0,
      overrideAccess: true,
    })
    saved = true
  }
  return linkAnswer(json, 200, row.mode, {
    ...page,
    title: 'Настройки подписки',
    paragraphs: [...(saved ? ['Настройки сохранены.'] : []), `Адрес: ${maskAddress(row.email)}.`],
    buttons: [
      {
        action,
        label: 'Сохранить',
        hidden: { token, action: 'save' },
        choice: {
          name: 'mode',
          legend: 'Что присылать',
          value: row.mode,
          options: SUBSCRIPTION_MODES.map((m) => ({ value: m.value, label: m.label })),
        },
      },
      { action, label: 'Отписаться от всех писем сайта', hidden: { token, action: 'unsubscribe' } },
    ],
  })
}
