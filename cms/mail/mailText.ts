import type { MailContent } from './mailContent'
import { oneLine, safeMailUrl } from './safeMailUrl'

/**
 * The plain-text part, built from the same fields as the HTML (not by stripping it): the strings
 * go in as they are, which is inert in text/plain, and the link is spelled out in full.
 */
export function mailText(content: MailContent): string {
  const blocks = [oneLine(content.heading), ...content.paragraphs.map((p) => p.trim())]
  if (content.action)
    blocks.push(`${oneLine(content.action.label)}: ${safeMailUrl(content.action.url)}`)
  for (const section of content.sections ?? []) {
    const heading = oneLine(section.heading)
    blocks.push(
      section.url
        ? `${heading}\n${'='.repeat(Math.min(heading.length, 60))}\n${safeMailUrl(section.url)}`
        : heading,
    )
    for (const item of section.items) {
      const meta = [item.mark, item.date, item.origin].filter(Boolean).map((s) => oneLine(s!))
      blocks.push(
        [`* ${oneLine(item.title)}`, meta.join(' · '), item.lead?.trim(), safeMailUrl(item.url)]
          .filter(Boolean)
          .join('\n  '),
      )
    }
  }
  const links = (content.footerLinks ?? []).map((l) => `${oneLine(l.label)}: ${safeMailUrl(l.url)}`)
  const tail = [content.footer?.trim(), ...links, content.brand?.name.trim()].filter(Boolean)
  // "-- " is the signature separator mail clients recognise and dim.
  if (tail.length) blocks.push(`-- \n${tail.join('\n')}`)
  return `${blocks.filter(Boolean).join('\n\n')}\n`
}
