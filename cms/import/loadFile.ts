import { readFile } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import type { File } from 'payload'
import sharp from 'sharp'

const MIME: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.odt': 'application/vnd.oasis.opendocument.text',
}

/** Illustrations are kept as SVG in the bundle (small, reviewable) and rasterized on import. */
const RASTER_WIDTH = 1600

export async function loadFile(path: string): Promise<File> {
  const ext = extname(path).toLowerCase()
  const raw = await readFile(path)
  if (ext === '.svg') {
    const meta = await sharp(raw).metadata()
    const width = Math.min(RASTER_WIDTH, Math.max(meta.width ?? RASTER_WIDTH, 512))
    const data = await sharp(raw, { density: 144 })
      .resize({ width })
      .png({ compressionLevel: 9 })
      .toBuffer()
    return { data, mimetype: 'image/png', name: `${basename(path, ext)}.png`, size: data.length }
  }
  const mimetype = MIME[ext]
  if (!mimetype) throw new Error(`Unsupported file type: ${path}`)
  return { data: raw, mimetype, name: basename(path), size: raw.length }
}
