import { DOCUMENT_MIME_TYPES } from '../../domain/contentTypes'

/** One accepted file type: its MIME type and the one extension a stored file of it gets. */
export interface AcceptedType {
  mime: string
  ext: string
}

/**
 * What an upload collection accepts. Types are judged by the file's bytes, never by the name or
 * the type the browser claims: every site serves `/media/` by extension, so the extension a file
 * is stored under decides how a reader's browser treats it.
 */
export interface UploadPolicy {
  /** Russian words for the refusal message: «Допустимы только …». */
  describe: string
  types: readonly AcceptedType[]
  /** Bytes. Editors upload phone photos and scanned agreements; anything bigger is a mistake. */
  maxBytes: number
}

const MB = 1024 * 1024

/**
 * Raster images only. SVG is refused: it can carry script, and the demo's SVG illustrations are
 * rasterized on import (cms/import/loadFile.ts), so nothing needs it. GIF is not accepted either:
 * the sites' image markup (cms/richText/html/mediaRef.ts) knows these four types.
 */
export const IMAGE_POLICY: UploadPolicy = {
  describe: 'изображения JPEG, PNG, WebP или AVIF',
  types: [
    { mime: 'image/jpeg', ext: 'jpg' },
    { mime: 'image/png', ext: 'png' },
    { mime: 'image/webp', ext: 'webp' },
    { mime: 'image/avif', ext: 'avif' },
  ],
  maxBytes: 20 * MB,
}

const DOCUMENT_EXTENSIONS: Record<(typeof DOCUMENT_MIME_TYPES)[number], string> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.oasis.opendocument.text': 'odt',
}

/** The document types of the import format; a scanned collective agreement runs to tens of MB. */
export const DOCUMENT_POLICY: UploadPolicy = {
  describe: 'документы PDF, DOCX или ODT',
  types: DOCUMENT_MIME_TYPES.map((mime) => ({ mime, ext: DOCUMENT_EXTENSIONS[mime] })),
  maxBytes: 40 * MB,
}

/** Payload's own `upload.mimeTypes` check, fed from the same table. */
export const mimeTypesOf = (policy: UploadPolicy): string[] => policy.types.map((t) => t.mime)

/** The largest file any collection accepts: the multipart parser's cut-off. */
export const LARGEST_UPLOAD = Math.max(IMAGE_POLICY.maxBytes, DOCUMENT_POLICY.maxBytes)
