import { describe, expect, it } from 'vitest'
import { latest, rfc3339, rfc822 } from '../../site/src/lib/feedDates'
import { el, escapeAttr, escapeText, stripInvalidXml, xmlDocument } from '../../site/src/lib/xml'
import { parseXml } from './helpers/xml'

describe('XML writer', () => {
  it('escapes markup in text and quotes in attributes', () => {
    expect(escapeText('a & b < c > d "e"')).toBe('a &amp; b &lt; c &gt; d "e"')
    expect(escapeAttr('"x" & <y>')).toBe('&quot;x&quot; &amp; &lt;y&gt;')
  })

  it('drops characters XML 1.0 forbids, keeping tabs, new lines and emoji', () => {
    expect(stripInvalidXml('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf')).toBe('abcdef')
    expect(stripInvalidXml('x\ty\nz\r😀')).toBe('x\ty\nz\r😀')
    expect(stripInvalidXml('lone \uD800 high, lone \uDC00 low')).toBe('lone  high, lone  low')
  })

  it('writes nested elements, skips absent children and attributes', () => {
    const doc = xmlDocument(
      el('root', { a: 'x', b: undefined }, el('empty'), undefined, false, [
        el('item', {}, 'one'),
        el('item', {}, 'two & <three>'),
      ]),
    )
    expect(doc).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n<root a="x">\n  <empty/>\n  <item>one</item>\n' +
        '  <item>two &amp; &lt;three&gt;</item>\n</root>\n',
    )
    expect(parseXml(doc, ['item']).root.item).toEqual(['one', 'two & <three>'])
  })

  it('stays well-formed whatever the text', () => {
    const nasty = ']]> <script>&amp;</script> \u0001 "\' \uD83D'
    const parsed = parseXml(xmlDocument(el('r', { t: nasty }, nasty)))
    expect(parsed.r['#text']).toBe(']]> <script>&amp;</script>  "\'')
  })
})

describe('feed dates', () => {
  it('writes RFC 822 in the offset of the snapshot, weekday of the local date', () => {
    expect(rfc822('2026-03-06T10:00:00+03:00')).toBe('Fri, 06 Mar 2026 10:00:00 +0300')
    expect(rfc822('2026-03-01T00:30:00+07:00')).toBe('Sun, 01 Mar 2026 00:30:00 +0700')
    expect(rfc822('2025-12-31T23:59:59.5Z')).toBe('Wed, 31 Dec 2025 23:59:59 +0000')
    expect(rfc822('2026-01-05T08:00:00-05:30')).toBe('Mon, 05 Jan 2026 08:00:00 -0530')
  })

  it('agrees with Date on the instant it names', () => {
    for (const iso of ['2026-03-06T10:00:00+03:00', '2024-02-29T23:00:00-01:00']) {
      const text = rfc822(iso)
      expect(Date.parse(text.replace(/ ([+-]\d{4})$/, ' GMT$1'))).toBe(Date.parse(iso))
    }
  })

  it('writes RFC 3339 without fractions and refuses dates without an offset', () => {
    expect(rfc3339('2026-03-06T10:00:00.250+03:00')).toBe('2026-03-06T10:00:00+03:00')
    expect(rfc3339('2026-03-06T07:00:00Z')).toBe('2026-03-06T07:00:00Z')
    expect(() => rfc822('2026-03-06T10:00:00')).toThrow(/offset/)
  })

  it('picks the latest instant, not the latest string', () => {
    expect(latest(['2026-03-06T10:00:00+03:00', '2026-03-06T08:00:00Z'], 'none')).toBe(
      '2026-03-06T08:00:00Z',
    )
    expect(latest([], 'none')).toBe('none')
  })
})
