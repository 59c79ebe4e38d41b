import type { Payload } from 'payload'
import type { MailContent } from '../mail/mailContent'
import { subscriberLinks } from './suppressAddress'
import type { SubscriptionSite } from './subscriptionSite'

/** The one message a pending address ever gets: the link that proves the mailbox is theirs. */
export function confirmationContent(site: SubscriptionSite, token: string): MailContent {
  const links = subscriberLinks(site.origin, site.base, token)
  return {
    subject: `Подтвердите подписку на новости «${site.name}»`,
    preheader: 'Без подтверждения писем не будет.',
    heading: 'Подтвердите подписку',
    paragraphs: [
      `На сайте «${site.name}» этот адрес указали в форме подписки на новости.`,
      'Чтобы получать письма, подтвердите подписку кнопкой ниже. Ссылка действует 7 дней.',
      'Если вы не подписывались, ничего не делайте: без подтверждения мы не пришлём ни одного письма.',
    ],
    action: { label: 'Подтвердить подписку', url: links.confirm },
    footer: `Письмо отправлено автоматически по просьбе с сайта ${site.origin}${site.base}/.`,
    brand: { name: site.name, ...(site.accent ? { accent: site.accent } : {}) },
  }
}

/** Queues the confirmation through the shared sendMail job (retried alone if the server fails). */
export async function queueConfirmation(
  payload: Payload,
  email: string,
  site: SubscriptionSite,
  token: string,
): Promise<void> {
  await payload.jobs.queue({
    task: 'sendMail',
    input: { to: email, content: confirmationContent(site, token), automatic: true },
  })
}
