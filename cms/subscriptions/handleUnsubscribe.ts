import type { Payload } from 'payload'
import { linkAnswer, linkRequest } from './linkRequest'
import { unsubscribeRow } from './unsubscribeRow'

/**
 * /api/forms/unsubscribe?token=… — POST unsubscribes at once, whatever its body: a mail client's
 * RFC 8058 one-click (`List-Unsubscribe=One-Click`), the page's button, or nothing; no login,
 * no confirmation step. GET only shows the button (a scanner opening the link unsubscribes no one).
 */
export async function handleUnsubscribe(payload: Payload, request: Request): Promise<Response> {
  const link = await linkRequest(payload, request)
  if (link instanceof Response) return link
  const { row, site, json, token } = link
  const page = { siteName: site.name, accent: site.accent, base: site.base }
  const again = [{ label: 'Подписаться снова', href: `${site.base}/subscribe/` }]
  if (request.method === 'POST') {
    await unsubscribeRow(payload, row)
    return linkAnswer(json, 200, 'unsubscribed', {
      ...page,
      title: 'Вы отписались',
      paragraphs: ['Готово: писем с этого сайта на ваш адрес больше не будет.'],
      links: again,
    })
  }
  if (row.status === 'unsubscribed')
    return linkAnswer(json, 200, 'unsubscribed', {
      ...page,
      title: 'Вы отписались',
      paragraphs: ['Вы уже отписались: писем с этого сайта на ваш адрес больше не будет.'],
      links: again,
    })
  return linkAnswer(json, 200, row.status, {
    ...page,
    title: 'Отписаться от рассылки',
    paragraphs: ['Нажмите кнопку, и письма с новостями этого сайта перестанут приходить сразу же.'],
    buttons: [
      { action: `${site.base}/_forms/unsubscribe`, label: 'Отписаться', hidden: { token } },
    ],
    links: [
      { label: 'Настройки подписки', href: `${site.base}/_forms/preferences?token=${token}` },
    ],
  })
}
