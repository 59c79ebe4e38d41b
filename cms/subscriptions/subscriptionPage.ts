import { escapeHtml } from '../mail/escapeHtml'

export interface SubscriptionPageButton {
  /** The POST target on the site's own host, e.g. `/org/x/_forms/unsubscribe`. */
  action: string
  label: string
  /** Hidden fields (the token) and, for a choice, radios. */
  hidden: Record<string, string>
  choice?: {
    name: string
    legend: string
    options: { value: string; label: string }[]
    value?: string
  }
}

export interface SubscriptionPageContent {
  title: string
  siteName?: string
  base: string
  accent?: string
  paragraphs: string[]
  buttons?: SubscriptionPageButton[]
  links?: { label: string; href: string }[]
}

const SAFE_ACCENT = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i

function button(b: SubscriptionPageButton, index: number, accent: string): string {
  const hidden = Object.entries(b.hidden)
    .map(([n, v]) => `<input type="hidden" name="${escapeHtml(n)}" value="${escapeHtml(v)}">`)
    .join('')
  const choice = b.choice
    ? `<fieldset style="border:1px solid #767676;margin:0 0 1rem"><legend>${escapeHtml(b.choice.legend)}</legend>${b.choice.options
        .map((o, i) => {
          const id = `choice-${index}-${i}`
          const checked = o.value === b.choice!.value ? ' checked' : ''
          return `<p><input type="radio" id="${id}" name="${escapeHtml(b.choice!.name)}" value="${escapeHtml(o.value)}"${checked}> <label for="${id}">${escapeHtml(o.label)}</label></p>`
        })
        .join('')}</fieldset>`
    : ''
  return `<form method="post" action="${escapeHtml(b.action)}" style="margin:1rem 0">${hidden}${choice}<button type="submit" style="background:${accent};color:#fff;border:0;padding:.6rem 1.2rem;font-size:1rem;border-radius:4px">${escapeHtml(b.label)}</button></form>`
}

/**
 * The small page the CMS answers on a site's `/_forms/confirm|unsubscribe|preferences` (and a
 * refused subscription without the site's page): the site's name and accent colour, the text,
 * the buttons that POST (a GET never acts: mail scanners open links), a way back to the site.
 * Everything in it is escaped; it loads nothing, and its styles are attributes: the sites' CSP
 * (serving/policy.ts) allows `style` attributes but no inline `<style>` element.
 */
export function subscriptionPage(content: SubscriptionPageContent): string {
  const accent = content.accent && SAFE_ACCENT.test(content.accent) ? content.accent : '#1a4f8b'
  const title = content.siteName ? `${content.title} — ${content.siteName}` : content.title
  const paragraphs = content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')
  const buttons = (content.buttons ?? []).map((b, i) => button(b, i, accent)).join('\n')
  const links = [
    ...(content.links ?? []),
    { label: 'На главную страницу сайта', href: `${content.base}/` },
  ]
    .map((l) => `<li><a href="${escapeHtml(l.href)}">${escapeHtml(l.label)}</a></li>`)
    .join('')
  return `<!doctype html>
<html lang="ru">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
</head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:1rem;color:#1a1a1a;line-height:1.5">
<header style="border-top:4px solid ${accent};padding-top:.5rem;font-weight:bold">${escapeHtml(content.siteName ?? 'Сайт профсоюзной организации')}</header>
<main>
<h1>${escapeHtml(content.title)}</h1>
${paragraphs}
${buttons}
</main>
<footer><ul>${links}</ul></footer>
</body>
</html>
`
}
