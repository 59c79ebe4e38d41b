import { countOf } from '../../domain/text/plural'
import type { MailContent, MailItem } from '../mail/mailContent'
import type { SubscriberLinks } from '../subscriptions/suppressAddress'
import type { DigestWeek } from '../../domain/mailings/digestWeek'
import type { MailingSite } from './mailingSites'
import type { SiteItem } from './siteItems'
import { MOSCOW_TIME_ZONE } from '../../domain/time/moscow'

const DATE = new Intl.DateTimeFormat('ru-RU', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: MOSCOW_TIME_ZONE,
})

/** The org names items are credited to («Источник: ФНПР»). */
export type OriginName = (org: string) => string | undefined

/** One item as a message lists it, linked on the site the reader subscribed on (absolute). */
export function mailItem(site: MailingSite, item: SiteItem, originName: OriginName): MailItem {
  const origin = item.origin !== site.org ? originName(item.origin) : undefined
  return {
    title: item.title,
    url: `${site.url}news/${encodeURIComponent(item.slug)}/`,
    lead: item.lead,
    date: DATE.format(new Date(item.publishedAt)),
    origin: origin ? `Источник: ${origin}` : undefined,
    mark: item.pinned ? 'Закреплено' : item.mandatory ? 'Обязательно к размещению' : undefined,
  }
}

const footerLinks = (site: MailingSite, links: SubscriberLinks, several: boolean) => [
  { label: several ? `Настройки: ${site.name}` : 'Настройки подписки', url: links.preferences },
  { label: several ? `Отписаться: ${site.name}` : 'Отписаться', url: links.unsubscribe },
]

/** «every»: one new item of one site. */
export function itemMailContent(
  site: MailingSite,
  item: SiteItem,
  originName: OriginName,
  links: SubscriberLinks,
): MailContent {
  const entry = mailItem(site, item, originName)
  return {
    subject: `${item.title} — ${site.name}`,
    preheader: item.lead,
    heading: item.title,
    paragraphs: [
      [entry.mark, entry.date, entry.origin].filter(Boolean).join(' · '),
      ...(item.lead ? [item.lead] : []),
    ],
    action: { label: 'Читать на сайте', url: entry.url },
    footer: `Вы получаете это письмо, потому что подписались на новости сайта ${site.name} (${site.url}).`,
    footerLinks: footerLinks(site, links, false),
    brand: { name: site.name, accent: site.accent, logoUrl: site.logoUrl },
  }
}

export interface DigestSection {
  site: MailingSite
  items: SiteItem[]
  links: SubscriberLinks
}

/** «weekly»: one message per address, a section per subscribed site, in the first site's brand. */
export function digestMailContent(
  sections: readonly DigestSection[],
  week: DigestWeek,
  originName: OriginName,
): MailContent {
  const first = sections[0]!.site
  const count = sections.reduce((n, s) => n + s.items.length, 0)
  const days = `${DATE.format(week.from)} — ${DATE.format(new Date(week.to.getTime() - 1))}`
  const several = sections.length > 1
  const names = sections.map((s) => s.site.name).join(', ')
  return {
    subject: several ? `Новости за неделю: ${names}` : `Новости за неделю — ${first.name}`,
    preheader: `${countOf(count, ['материал', 'материала', 'материалов'])} за ${days}`,
    heading: 'Новости за неделю',
    paragraphs: [days],
    sections: sections.map((s) => ({
      heading: s.site.name,
      url: s.site.url,
      items: s.items.map((item) => mailItem(s.site, item, originName)),
    })),
    footer: `Вы получаете этот еженедельный обзор, потому что подписались на новости ${several ? 'сайтов' : 'сайта'} ${names}.`,
    footerLinks: sections.flatMap((s) => footerLinks(s.site, s.links, several)),
    brand: { name: first.name, accent: first.accent, logoUrl: first.logoUrl },
  }
}
