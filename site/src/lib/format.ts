import { LOCALE } from '../consts'
import { boundedMemo } from './boundedMemo'

/** Russian formatting of dates, numbers and file sizes; deterministic across build machines. */

const dateFormats = new Map<string, Intl.DateTimeFormat>()

function dateFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dateFormats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone,
    })
    dateFormats.set(timeZone, format)
  }
  return format
}

/** The same few dates appear on thousands of sites of one publish. */
const formatted = boundedMemo(4096)

/** "6 марта 2026 г." in the org's time zone (the build machine's zone must not matter). */
export function formatDate(iso: string, timeZone: string): string {
  return formatted(`${timeZone} ${iso}`, () => dateFormat(timeZone).format(new Date(iso)))
}

/** A tel: link target (digits and the plus only), or undefined when the text is not a number. */
export function telHref(phone: string): string | undefined {
  const digits = phone.replace(/[^\d+]/g, '')
  return digits.replace('+', '').length >= 5 ? `tel:${digits}` : undefined
}

const numberFormat = new Intl.NumberFormat(LOCALE)

/** "21 400" (with a narrow no-break space, as Russian typography wants). */
export function formatNumber(value: number): string {
  return numberFormat.format(value)
}

const decimalFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 })

/** "350 КБ", "1,2 МБ". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} Б`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} КБ`
  return `${decimalFormat.format(bytes / 1024 / 1024)} МБ`
}

const FORMATS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.oasis.opendocument.text': 'ODT',
}

/** "PDF", "DOCX"… from the MIME type, else the file name's extension. */
export function fileFormat(mimeType: string, filename: string): string {
  return FORMATS[mimeType] ?? filename.split('.').pop()?.toUpperCase() ?? ''
}
