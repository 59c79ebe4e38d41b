/**
 * File types the sites serve. One table feeds both the preview server and the `types {}` block of
 * the nginx config, so a file gets the same Content-Type from both, and it is the allow-list of
 * uploads: `/media/` serves only the types with a `media` rule.
 */

/**
 * How an upload of this type is served under `/media/`: `inline` for raster images (a browser
 * only ever decodes them, even opened on their own), `attachment` for documents. PDF and office
 * files are documents a viewer may script (Acrobat-style plug-ins run PDF JavaScript in the
 * page's origin in some browsers), so they are saved, never rendered on the site's origin.
 * HTML, SVG, XML, text and anything unlisted are never served from uploads: a file there was
 * written by an editor, and on the site's origin it could run a script.
 */
export type MediaDisposition = 'inline' | 'attachment'

export interface FileType {
  mime: string
  extensions: readonly string[]
  /** Text read as UTF-8: both servers append `; charset=utf-8`. */
  charset?: boolean
  /** Worth compressing on the fly (fonts, raster images, PDFs and office files already are). */
  compressible?: boolean
  /** Allowed under `/media/`, and how (see MediaDisposition); absent: never served from uploads. */
  media?: MediaDisposition
}

export const FILE_TYPES: readonly FileType[] = [
  { mime: 'text/html', extensions: ['html', 'htm'], charset: true, compressible: true },
  { mime: 'text/css', extensions: ['css'], charset: true, compressible: true },
  { mime: 'text/javascript', extensions: ['js', 'mjs'], charset: true, compressible: true },
  { mime: 'text/plain', extensions: ['txt'], charset: true, compressible: true },
  { mime: 'application/json', extensions: ['json'], compressible: true },
  { mime: 'application/manifest+json', extensions: ['webmanifest'], compressible: true },
  { mime: 'application/xml', extensions: ['xml', 'xsl'], charset: true, compressible: true },
  { mime: 'application/rss+xml', extensions: ['rss'], charset: true, compressible: true },
  { mime: 'application/atom+xml', extensions: ['atom'], charset: true, compressible: true },
  { mime: 'text/calendar', extensions: ['ics'], charset: true, compressible: true },
  { mime: 'image/svg+xml', extensions: ['svg'], charset: true, compressible: true },
  { mime: 'image/x-icon', extensions: ['ico'], compressible: true },
  { mime: 'image/png', extensions: ['png'], media: 'inline' },
  { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], media: 'inline' },
  { mime: 'image/webp', extensions: ['webp'], media: 'inline' },
  { mime: 'image/avif', extensions: ['avif'], media: 'inline' },
  { mime: 'image/gif', extensions: ['gif'], media: 'inline' },
  { mime: 'font/woff2', extensions: ['woff2'] },
  { mime: 'font/woff', extensions: ['woff'] },
  { mime: 'application/pdf', extensions: ['pdf'], media: 'attachment' },
  {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    media: 'attachment',
  },
  { mime: 'application/vnd.oasis.opendocument.text', extensions: ['odt'], media: 'attachment' },
  { mime: 'application/msword', extensions: ['doc'], media: 'attachment' },
  {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    media: 'attachment',
  },
  {
    mime: 'application/vnd.oasis.opendocument.spreadsheet',
    extensions: ['ods'],
    media: 'attachment',
  },
]

/** What nginx sends for an extension it does not know (`default_type`). */
export const DEFAULT_MIME = 'application/octet-stream'

const byExtension = new Map(
  FILE_TYPES.flatMap((type) => type.extensions.map((ext) => [ext, type] as const)),
)

/** The type of a file by the extension after its last dot (case-insensitive, as nginx does). */
export function fileTypeOf(file: string): FileType | undefined {
  const name = file.slice(file.lastIndexOf('/') + 1)
  const dot = name.lastIndexOf('.')
  return dot < 0 ? undefined : byExtension.get(name.slice(dot + 1).toLowerCase())
}

/** The Content-Type header value for a file, exactly as the nginx config makes it. */
export function contentTypeOf(file: string): string {
  const type = fileTypeOf(file)
  if (!type) return DEFAULT_MIME
  return type.charset ? `${type.mime}; charset=utf-8` : type.mime
}

export function isCompressible(file: string): boolean {
  return fileTypeOf(file)?.compressible === true
}

/** The `/media/` rule of a file (undefined: not an allowed upload type). */
export function mediaDispositionOf(file: string): MediaDisposition | undefined {
  return fileTypeOf(file)?.media
}

/** Extensions allowed under `/media/` with the given disposition (for the nginx locations). */
export function mediaExtensions(disposition: MediaDisposition): string[] {
  return FILE_TYPES.filter((t) => t.media === disposition).flatMap((t) => t.extensions)
}
