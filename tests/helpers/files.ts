import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CollectionSlug, Payload } from 'payload'
import { PROJECT_ROOT } from '../../config/paths'
import sharp from 'sharp'

/** Payload checks the PDF structure, so tests upload a real one from the demo bundle. */
export const SAMPLE_PDF = readFileSync(
  join(PROJECT_ROOT, 'content/demo/documents/files/shkola-1234-publichnyy-otchet-2025.pdf'),
)

export async function tinyPng(): Promise<Buffer> {
  return sharp({ create: { width: 32, height: 32, channels: 3, background: '#1a4f8b' } })
    .png()
    .toBuffer()
}

/** Creates a page, a document or an image owned by `org`, as a trusted script would. */
export async function createOwned(
  payload: Payload,
  collection: CollectionSlug,
  org: string | number,
) {
  if (collection === 'media') {
    const data = await tinyPng()
    return payload.create({
      collection,
      data: { alt: 'Пробное изображение', organization: org } as never,
      file: { data, mimetype: 'image/png', name: 'probe.png', size: data.length },
      depth: 0,
    })
  }
  if (collection === 'documents') {
    return payload.create({
      collection,
      data: { title: 'Пробный документ', docType: 'other', year: 2026, organization: org } as never,
      file: {
        data: SAMPLE_PDF,
        mimetype: 'application/pdf',
        name: 'probe.pdf',
        size: SAMPLE_PDF.length,
      },
      depth: 0,
    })
  }
  return payload.create({
    collection,
    data: { title: 'Пробная страница', organization: org, _status: 'published' } as never,
    depth: 0,
  })
}
