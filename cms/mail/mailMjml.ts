import { escapeHtml as e } from './escapeHtml'
import type { MailContent } from './mailContent'
import { oneLine, safeAccent, safeMailUrl } from './safeMailUrl'
import { footerLinksMjml, mailSectionsMjml } from './mailSectionsMjml'

const DEFAULT_ACCENT = '#b71c1c'
/** System fonts only: MJML's default would link Google Fonts, a third party, into every letter. */
const FONT = "-apple-system, 'Segoe UI', Roboto, Arial, sans-serif"

/**
 * The MJML source of a message. Every string from the content is escaped here, once; the
 * template itself is the only markup.
 */
export function mailMjml(content: MailContent): string {
  const accent = safeAccent(content.brand?.accent, DEFAULT_ACCENT)
  const paragraph = (text: string) =>
    `<mj-text>${e(text.trim()).replace(/\r?\n/g, '<br />')}</mj-text>`
  const logo = content.brand?.logoUrl
    ? `<mj-image src="${e(safeMailUrl(content.brand.logoUrl))}" alt="${e(content.brand.name)}" width="120px" align="left" padding-bottom="8px" />`
    : ''
  const brandName = content.brand
    ? `<mj-text font-size="14px" color="${accent}" font-weight="bold">${e(content.brand.name)}</mj-text>`
    : ''
  const action = content.action
    ? `<mj-button href="${e(safeMailUrl(content.action.url))}" background-color="${accent}" align="left" padding-top="16px">${e(oneLine(content.action.label))}</mj-button>`
    : ''
  const footer = content.footer
    ? `<mj-text font-size="12px" color="#666666">${e(content.footer.trim())}</mj-text>`
    : ''
  return `<mjml lang="ru">
  <mj-head>
    <mj-title>${e(oneLine(content.subject))}</mj-title>
    ${content.preheader ? `<mj-preview>${e(oneLine(content.preheader))}</mj-preview>` : ''}
    <mj-attributes>
      <mj-all font-family="${FONT}" />
      <mj-text font-size="16px" line-height="1.5" color="#1a1a1a" />
    </mj-attributes>
  </mj-head>
  <mj-body background-color="#f4f4f4">
    <mj-section background-color="#ffffff" border-top="4px solid ${accent}" padding="16px 8px">
      <mj-column>
        ${logo}
        ${brandName}
        <mj-text font-size="22px" font-weight="bold" line-height="1.3">${e(oneLine(content.heading))}</mj-text>
        ${content.paragraphs.map(paragraph).join('\n        ')}
        ${action}
      </mj-column>
    </mj-section>
    ${mailSectionsMjml(content.sections ?? [], accent)}
    <mj-section padding="8px">
      <mj-column>${footer}${footerLinksMjml(content.footerLinks ?? [])}</mj-column>
    </mj-section>
  </mj-body>
</mjml>`
}
