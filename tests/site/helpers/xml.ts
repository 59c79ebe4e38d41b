import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { expect } from 'vitest'

/** Parses XML after checking it is well-formed; repeated elements always come back as arrays. */
export function parseXml(xml: string, arrays: readonly string[] = []): Record<string, any> {
  const valid = XMLValidator.validate(xml)
  expect(valid, typeof valid === 'object' ? JSON.stringify(valid.err) : '').toBe(true)
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    isArray: (name) => arrays.includes(name),
  })
  return parser.parse(xml)
}

/** The text of an element that may also carry attributes. */
export function textOf(node: unknown): string {
  if (typeof node === 'string') return node
  if (node && typeof node === 'object' && '#text' in node) return String(node['#text'])
  return ''
}
