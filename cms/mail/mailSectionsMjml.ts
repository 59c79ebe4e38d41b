import { escapeHtml as e } from './escapeHtml'
import type { MailItem, MailSection } from './mailContent'
import { oneLine, safeMailUrl } from './safeMailUrl'

/** The MJML of the item lists: each string escaped here, each link checked to be http(s). */
export function mailSectionsMjml(sections: readonly MailSection[], accent: string): string {
  return sections
    .map((section) => {
      const title = e(oneLine(section.heading))
      const heading = section.url
        ? `<a href="${e(safeMailUrl(section.url))}" style="color:${accent};text-decoration:none">${title}</a>`
        : title
      return `<mj-section background-color="#ffffff" padding="8px 8px 16px">
      <mj-column>
        <mj-text font-size="18px" font-weight="bold" color="${accent}" padding-bottom="4px">${heading}</mj-text>
        ${section.items.map((item) => itemMjml(item, accent)).join('\n        ')}
      </mj-column>
    </mj-section>`
    })
    .join('\n    ')
}

function itemMjml(item: MailItem, accent: string): string {
  const meta = [item.mark, item.date, item.origin].filter(Boolean).map((s) => e(oneLine(s!)))
  return `<mj-text padding-top="10px">
          <a href="${e(safeMailUrl(item.url))}" style="color:${accent};font-weight:bold">${e(oneLine(item.title))}</a>${
            meta.length
              ? `<br /><span style="font-size:13px;color:#555555">${meta.join(' · ')}</span>`
              : ''
          }${item.lead?.trim() ? `<br />${e(item.lead.trim()).replace(/\r?\n/g, '<br />')}` : ''}
        </mj-text>`
}

/** The small links under the footer (preferences, unsubscribe). */
export function footerLinksMjml(links: readonly { label: string; url: string }[]): string {
  if (!links.length) return ''
  return `<mj-text font-size="12px" color="#666666">${links
    .map(
      (l) => `<a href="${e(safeMailUrl(l.url))}" style="color:#666666">${e(oneLine(l.label))}</a>`,
    )
    .join(' · ')}</mj-text>`
}
