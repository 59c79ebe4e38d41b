import { slugify } from '../../domain/text/slugify'

/** Long enough for a readable name, short enough for any file system with Payload's `-12` suffix. */
export const UPLOAD_NAME_MAX_LENGTH = 80

/** Names Windows refuses or maps to devices; an editor may download the file there. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/

/** Control and format characters (right-to-left override, zero-width joiners, BOM…). */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu

/**
 * The name a file is stored under, and so its address under `/media/` on every site: a Latin
 * slug of what the editor called it (as post and org addresses are), then the extension of the
 * type detected from its bytes. The client's extension is dropped and any earlier dot becomes a
 * dash, so `x.php.png` is stored as `x-php.png` and a PNG named `x.html` as `x.png`.
 */
export function safeUploadName(clientName: string, ext: string): string {
  const last = clientName.replace(INVISIBLE, '').split(/[\\/]/).pop() ?? ''
  const dot = last.lastIndexOf('.')
  const stem = dot > 0 ? last.slice(0, dot) : last
  const slug = slugify(stem, UPLOAD_NAME_MAX_LENGTH)
  const base = !slug ? 'file' : RESERVED.test(slug) ? `${slug}-file` : slug
  return `${base}.${ext}`
}
