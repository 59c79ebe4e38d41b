import { stat } from 'node:fs/promises'
import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import type { File } from 'payload'

/**
 * The type and size of an uploaded file read from its bytes (magic numbers, and the inner parts
 * of OOXML/ODF archives), whatever name and type the client sent. Text formats (HTML, SVG, JS)
 * have no signature and come back without a type.
 */
export async function detectFileType(
  file: Pick<File, 'data' | 'tempFilePath'>,
): Promise<{ mime: string | undefined; size: number }> {
  if (file.tempFilePath && (!file.data || file.data.length === 0)) {
    const [type, info] = await Promise.all([
      fileTypeFromFile(file.tempFilePath),
      stat(file.tempFilePath),
    ])
    return { mime: type?.mime, size: info.size }
  }
  const type = await fileTypeFromBuffer(file.data)
  return { mime: type?.mime, size: file.data.length }
}
