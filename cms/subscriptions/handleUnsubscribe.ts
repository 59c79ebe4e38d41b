import type { Payload } from 'payload'
import { linkAnswer, linkRequest } from './linkRequest'
import { DIGEST_SCOPE } from './suppressAddress'
import { unsubscribeDigest, unsubscribeRow } from './unsubscribeRow'

/**
 * /api/forms/unsubscribe?token=… — POST unsubscribes at once, whatever its body: a mail client's
 * RFC 8058 one-click (`List-Unsubscribe=One-Click`), the page's button, or nothing; no login,
 * no confirmation step. GET only shows the button (a scanner opening the link unsubscribes no one).
 * `scope=digest` (the link of a digest with several sites) stops every weekly subscription of
 * the address: the reader leaves the message they got, not one of its sections.
 */
export async function handleUnsubscribe(payload: Payload, request: Request): Promise<Response> {
  const link = await linkRequest(payload, request)
  if (link instanceof Response) return link
  const { row, site, json, token, fields } = link
  const scope = new URL(request.url).searchParams.get('scope') ?? fields.scope
  const digest = scope === DIGEST_SCOPE
  const page = { siteName: site.name, accent: site.accent, base: site.base }
  const again = [{ label: 'Подписаться снова', href: `${site.base}/subscribe/` }]
  if (request.method === 'POST') {
    if (digest) await unsubscribeDigest(payload, row)
    else await unsubscribeRow(payload, row)
    return linkAnswer(json, 200, 'unsubscribed', {
      ...page,
      title: 'Вы отписались',
      paragraphs: [
        digest
          ? 'Готово: еженедельных подборок новостей на ваш адрес больше не будет ни с одного сайта.'
          : 'Готово: писем с этого сайта на ваш адрес больше не будет.',
      ],
      links: again,
    })
  }
  if (row.status === 'unsubscribed' && !digest)
    return linkAnswer(json, 200, 'unsubscribed', {
      ...page,
      title: 'Вы отписались',
      paragraphs: ['Вы уже отписались: писем с этого сайта на ваш адрес больше не будет.'],
      links: again,
    })
  return linkAnswer(json, 200, row.status, {
    ...page,
    title: 'Отписаться от рассылки',
    paragraphs: [
      digest
        ? 'Нажмите кнопку, и еженедельные подборки новостей со всех сайтов, на которые вы подписаны, перестанут приходить сразу же.'
        : 'Нажмите кнопку, и письма с новостями этого сайта перестанут приходить сразу же.',
    ],
    buttons: [
      {
        action: `${site.base}/_forms/unsubscribe`,
        label: 'Отписаться',
        hidden: digest ? { token, scope: DIGEST_SCOPE } : { token },
      },
    ],
    links: [
      { label: 'Настройки подписки', href: `${site.base}/_forms/preferences?token=${token}` },
    ],
  })
}
