/**
 * The URLs a page refers to and the fragment ids it offers, read from its HTML without a DOM.
 * The pages are machine-written (Astro, Lexical), so a tag tokenizer is enough; it still skips
 * comments and the raw text of script/style, where `<a href>` is not markup.
 */

export interface HtmlRef {
  /** `a[href]`, `img[srcset]`, `meta[content]`… */
  where: string
  url: string
}

export interface PageRefs {
  refs: HtmlRef[]
  /** Every `id` and `a[name]` on the page: the targets of `#fragment` links. */
  ids: Set<string>
}

/** Attributes holding one URL, by element. */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  source: ['src'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  form: ['action'],
}
const SRCSET_ELEMENTS = new Set(['img', 'source'])
/** Social-card metadata that must point at a real file or page as well. */
const URL_META = new Set(['og:image', 'og:url', 'twitter:image'])

const TAG =
  /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/y
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g
/** Elements whose content is text up to their end tag, found case-insensitively. */
const RAW_TEXT = new Map(
  ['script', 'style', 'textarea', 'title'].map((tag) => [tag, new RegExp(`</${tag}`, 'gi')]),
)

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** The character references an attribute value can hold in this output. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole
    const code =
      ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1))
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}

export function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>()
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1]!.toLowerCase()
    if (!attributes.has(name))
      attributes.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''))
  }
  return attributes
}

/** `a.jpg 480w, b.jpg 960w` → the URLs (a URL may hold commas; its descriptors never do). */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = []
  let rest = srcset
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '')
    if (!rest) return urls
    const url = /^\S+/.exec(rest)![0]
    // A URL ending in commas has no descriptors: the commas separate it from the next one.
    urls.push(url.replace(/,+$/, ''))
    rest = url.endsWith(',') ? rest.slice(url.length) : rest.slice(url.length).replace(/^[^,]*/, '')
  }
}

function collect(tag: string, attributes: Map<string, string>, refs: HtmlRef[]): void {
  for (const name of URL_ATTRIBUTES[tag] ?? []) {
    const url = attributes.get(name)
    if (url !== undefined) refs.push({ where: `${tag}[${name}]`, url })
  }
  const srcset = attributes.get('srcset')
  if (srcset !== undefined && SRCSET_ELEMENTS.has(tag)) {
    for (const url of srcsetUrls(srcset)) refs.push({ where: `${tag}[srcset]`, url })
  }
  const property = attributes.get('property') ?? attributes.get('name')
  const content = attributes.get('content')
  if (tag === 'meta' && property && URL_META.has(property) && content !== undefined) {
    refs.push({ where: `meta[${property}]`, url: content })
  }
}

export function extractRefs(html: string): PageRefs {
  const refs: HtmlRef[] = []
  const ids = new Set<string>()
  let at = 0
  while ((at = html.indexOf('<', at)) >= 0) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4)
      at = end < 0 ? html.length : end + 3
      continue
    }
    TAG.lastIndex = at
    const match = TAG.exec(html)
    if (!match) {
      at += 1
      continue
    }
    at = TAG.lastIndex
    const tag = match[1]!.toLowerCase()
    const attributes = parseAttributes(match[2] ?? '')
    const id = attributes.get('id') ?? (tag === 'a' ? attributes.get('name') : undefined)
    if (id) ids.add(id)
    collect(tag, attributes, refs)
    const endTag = RAW_TEXT.get(tag)
    if (endTag) {
      endTag.lastIndex = at
      at = endTag.exec(html)?.index ?? html.length
    }
  }
  return { refs, ids }
}
