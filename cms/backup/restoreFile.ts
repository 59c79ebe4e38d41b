import { createHash } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { dirname, isAbsolute, join, normalize } from 'node:path'
import { FILE_CHUNK_BYTES, type FileStart } from './archiveFormat'
import type { ArchiveReader } from './archiveReader'

/**
 * Writes one upload from the archive into its collection's folder, checking its size and
 * SHA-256; `written` collects the path first, so a failed restore can remove it.
 */
export async function restoreFile(
  reader: ArchiveReader,
  dirs: Map<string, string>,
  start: FileStart,
  written: string[],
): Promise<void> {
  const dir = dirs.get(start.file)
  const rel = normalize(start.path)
  if (!dir || isAbsolute(rel) || rel.startsWith('..')) {
    throw reader.damaged(`it holds a file ${start.file}/${start.path} outside the upload folders`)
  }
  const target = join(dir, rel)
  mkdirSync(dirname(target), { recursive: true })
  written.push(target)
  const handle = await open(target, 'wx')
  const hash = createHash('sha256')
  let size = 0
  try {
    for (let i = 0; i < Math.ceil(start.size / FILE_CHUNK_BYTES); i++) {
      const line = await reader.next()
      if (typeof line !== 'string') throw reader.damaged(`${start.path} is cut short`)
      const bytes = Buffer.from(line, 'base64')
      hash.update(bytes)
      size += bytes.length
      await handle.write(bytes)
    }
  } finally {
    await handle.close()
  }
  if (size !== start.size || hash.digest('hex') !== start.sha256) {
    throw reader.damaged(`${start.file}/${start.path} does not match its checksum`)
  }
}
