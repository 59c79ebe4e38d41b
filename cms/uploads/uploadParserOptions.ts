import type { Config } from 'payload'
import { LARGEST_UPLOAD } from './uploadPolicy'

const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024))

/**
 * Payload's multipart parser cuts a file off at 20 MB by default, in English, before any
 * collection sees it. It now stops at the largest file any upload collection accepts, in
 * Russian; each collection's own, smaller limit is applied by guardUpload.
 */
export const uploadParserOptions: NonNullable<Config['upload']> = {
  limits: { fileSize: LARGEST_UPLOAD },
  abortOnLimit: true,
  responseOnLimit: `Файл слишком большой: допустимо не больше ${megabytes(LARGEST_UPLOAD)} МБ.`,
}
