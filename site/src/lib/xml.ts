/**
 * A tiny XML writer for feeds and sitemaps. Text from the CMS goes through `escapeText` or
 * `escapeAttr` only, so a title with `&`, `<` or a stray control character can never make a
 * feed ill-formed (readers drop a whole feed at the first XML error).
 */

import { boundedMemo } from './boundedMemo'

/** Characters XML 1.0 forbids (C0 controls except tab, LF, CR; U+FFFE/F; lone surrogates). */
const INVALID_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export function stripInvalidXml(text: string): string {
  return text.replace(INVALID_XML, '')
}

/** Anything escapeNow would change (surrogates included: most are valid pairs, checked there). */
const SPECIAL = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/

function escapeNow(text: string): string {
  if (!SPECIAL.test(text)) return text
  return stripInvalidXml(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * Long texts (article bodies in feeds) are escaped once per process: the publishing worker
 * writes the same federation article into the feeds of thousands of sites.
 */
const LONG = 256
const escaped = boundedMemo(2048)

export function escapeText(text: string): string {
  return text.length < LONG ? escapeNow(text) : escaped(text, () => escapeNow(text))
}

export function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;')
}

export interface XmlElement {
  name: string
  attrs: Record<string, string | undefined>
  children: XmlNode[]
}
/** A string child is text (escaped when written). */
export type XmlNode = XmlElement | string

/** Absent children (`undefined`, `false`) are skipped, so optional parts read inline. */
type ChildInput = XmlNode | undefined | false | readonly ChildInput[]

function flatten(children: readonly ChildInput[], into: XmlNode[] = []): XmlNode[] {
  for (const child of children) {
    if (child === undefined || child === false) continue
    if (Array.isArray(child)) flatten(child, into)
    else into.push(child as XmlNode)
  }
  return into
}

/** An element; attributes whose value is undefined are left out. */
export function el(
  name: string,
  attrs: Record<string, string | undefined> = {},
  ...children: ChildInput[]
): XmlElement {
  return { name, attrs, children: flatten(children) }
}

function openTag(node: XmlElement): string {
  let tag = `<${node.name}`
  for (const key in node.attrs) {
    const value = node.attrs[key]
    if (value !== undefined) tag += ` ${key}="${escapeAttr(value)}"`
  }
  return tag
}

/** Elements with element children go one per line, indented; text stays inline. */
function write(node: XmlNode, depth: number): string {
  if (typeof node === 'string') return escapeText(node)
  const open = openTag(node)
  if (node.children.length === 0) return `${open}/>`
  if (node.children.every((child) => typeof child === 'string')) {
    return `${open}>${node.children.map((c) => write(c, depth)).join('')}</${node.name}>`
  }
  const pad = '  '.repeat(depth + 1)
  const inner = node.children.map((child) => `\n${pad}${write(child, depth + 1)}`).join('')
  return `${open}>${inner}\n${'  '.repeat(depth)}</${node.name}>`
}

/** A whole document: the XML declaration, the root element and a final newline. */
export function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${write(root, 0)}\n`
}
