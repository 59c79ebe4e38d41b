/**
 * The URLs a feed or sitemap points readers and crawlers to, so that the link check covers them
 * like page links: `<loc>`, RSS `<link>` and `<image><url>`, Atom `<link href>`, `<logo>`, `<icon>`,
 * `<uri>`, enclosures, and the links inside item HTML (`<description>`, `<content:encoded>`, Atom
 * `<content>`/`<summary>`), escaped or in CDATA. Ids (`<guid>`, Atom `<id>`) name, not link.
 */
import { decodeEntities, extractRefs, parseAttributes, type HtmlRef } from './htmlRefs'

const TEXT_URL = /<(loc|link|url|logo|icon|uri|comments)>\s*([^<]*?)\s*<\/\1>/g
const ATTR_URL = /<((?:[\w-]+:)?link|enclosure|media:content|media:thumbnail)\b([^>]*?)\/?>/g
const HTML_TEXT = /<(description|content:encoded|content|summary)\b[^>]*>([\s\S]*?)<\/\1>/g
const CDATA = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/

export function xmlRefs(xml: string): HtmlRef[] {
  const refs: HtmlRef[] = []
  for (const [, tag, text] of xml.matchAll(TEXT_URL)) {
    if (text) refs.push({ where: `<${tag}>`, url: decodeEntities(CDATA.exec(text)?.[1] ?? text) })
  }
  for (const [, tag, attributes] of xml.matchAll(ATTR_URL)) {
    const parsed = parseAttributes(attributes ?? '')
    for (const name of ['href', 'url']) {
      const url = parsed.get(name)
      if (url !== undefined) refs.push({ where: `<${tag} ${name}>`, url })
    }
  }
  for (const [, tag, text] of xml.matchAll(HTML_TEXT)) {
    const html = CDATA.exec(text ?? '')?.[1] ?? decodeEntities(text ?? '')
    for (const ref of extractRefs(html).refs) refs.push({ ...ref, where: `<${tag}> ${ref.where}` })
  }
  return refs
}
