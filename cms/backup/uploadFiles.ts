import { createHash } from 'node:crypto'
import { existsSync, readdirSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import type { Payload } from 'payload'
import { FILE_CHUNK_BYTES } from './archiveFormat'

/** The folder of each upload collection (Media, Documents), sorted by slug. */
export function uploadDirs(payload: Payload): { collection: string; dir: string }[] {
  return Object.values(payload.collections)
    .flatMap(({ config }) =>
      config.upload && config.upload.staticDir
        ? [{ collection: config.slug, dir: config.upload.staticDir }]
        : [],
    )
    .sort((a, b) => (a.collection < b.collection ? -1 : 1))
}

/** Every file under dir (image sizes included), as sorted relative paths with forward slashes. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return []
  const out: string[] = []
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.isFile()) out.push(relative(dir, full).split(sep).join('/'))
    }
  }
  walk(dir)
  return out.sort()
}

/** Reads a file in archive-sized chunks (all but the last exactly FILE_CHUNK_BYTES). */
export async function* fileChunks(path: string): AsyncGenerator<Buffer> {
  const handle = await open(path, 'r')
  try {
    for (;;) {
      const buffer = Buffer.alloc(FILE_CHUNK_BYTES)
      let filled = 0
      while (filled < FILE_CHUNK_BYTES) {
        const { bytesRead } = await handle.read(buffer, filled, FILE_CHUNK_BYTES - filled, null)
        if (bytesRead === 0) break
        filled += bytesRead
      }
      if (filled > 0) yield buffer.subarray(0, filled)
      if (filled < FILE_CHUNK_BYTES) return
    }
  } finally {
    await handle.close()
  }
}

export async function fileDigest(path: string): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256')
  let size = 0
  for await (const chunk of fileChunks(path)) {
    hash.update(chunk)
    size += chunk.length
  }
  return { size, sha256: hash.digest('hex') }
}
