import { describe, expect, it } from 'vitest'
import {
  fileFormat,
  formatDate,
  formatFileSize,
  formatNumber,
  telHref,
} from '../../site/src/lib/format'

describe('Russian formatting', () => {
  it('writes dates in Russian in the org time zone, whatever the machine zone', () => {
    expect(formatDate('2026-03-06T10:00:00+03:00', 'Europe/Moscow')).toBe('6 марта 2026 г.')
    // 22:30 UTC on 5 March is already 6 March in Moscow and in Novokuznetsk (UTC+7).
    expect(formatDate('2026-03-05T22:30:00Z', 'Europe/Moscow')).toBe('6 марта 2026 г.')
    expect(formatDate('2026-03-05T16:30:00Z', 'Asia/Novokuznetsk')).toBe('5 марта 2026 г.')
    expect(formatDate('2026-03-05T17:30:00Z', 'Asia/Novokuznetsk')).toBe('6 марта 2026 г.')
  })

  it('groups thousands with a no-break space', () => {
    expect(formatNumber(18_400_000)).toMatch(/^18\s400\s000$/u)
    expect(formatNumber(18_400_000)).not.toContain(' ')
  })

  it('writes file sizes with Russian units and a decimal comma', () => {
    expect(formatFileSize(512)).toBe('512 Б')
    expect(formatFileSize(48_213)).toBe('47 КБ')
    expect(formatFileSize(1_258_291)).toBe('1,2 МБ')
  })

  it('names the document format from the MIME type, else the extension', () => {
    expect(fileFormat('application/pdf', 'x.pdf')).toBe('PDF')
    expect(fileFormat('application/vnd.oasis.opendocument.text', 'x.odt')).toBe('ODT')
    expect(fileFormat('application/octet-stream', 'report.xlsx')).toBe('XLSX')
  })

  it('links phone numbers but not text', () => {
    expect(telHref('+7 (495) 938-70-12')).toBe('tel:+74959387012')
    expect(telHref('по записи')).toBeUndefined()
  })
})
