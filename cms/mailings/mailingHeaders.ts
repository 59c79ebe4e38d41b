import type { MailingSite } from './mailingSites'

/**
 * The list headers of a mailing message: `List-Unsubscribe` with the https link of the site's
 * one-click endpoint and `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058: mail
 * clients show «Отписаться» and POST that body, no login, no page), `List-Id` per site
 * (RFC 2919, `news.<org id>.<site host>`), and the bulk-mail markers that stop auto-replies.
 * No mailto: no mailbox reads unsubscribe requests, and a promise nobody keeps is worse.
 */
export function mailingHeaders(site: MailingSite, unsubscribeUrl: string) {
  return {
    list: { id: { url: `news.${site.org}.${site.host}`, comment: site.name } },
    headers: {
      'List-Unsubscribe': `<${unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      Precedence: 'bulk',
      'Auto-Submitted': 'auto-generated',
      'X-Auto-Response-Suppress': 'All',
    },
  }
}
