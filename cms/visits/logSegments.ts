import { open, stat } from 'node:fs/promises'

export interface LogCursor {
  inode: string
  offset: number
}

export interface LogSegment {
  file: string
  inode: string
  from: number
  /** The file's size when the run began: lines appended later wait for the next run. */
  to: number
}

const statOf = (file: string) => stat(file, { bigint: true }).catch(() => null)

/**
 * What to read this run, in order. The remembered inode at another name than `file` means the
 * log was rotated (logrotate, the preview server: renamed to `<file>.1`): the rest of that file
 * first, then the new one from its start. The same inode but a smaller size means it was
 * truncated in place (copytruncate): from the start. A first run reads the current file whole.
 */
export async function logSegments(file: string, cursor: LogCursor | null): Promise<LogSegment[]> {
  const segments: LogSegment[] = []
  const current = await statOf(file)
  if (cursor) {
    if (current && String(current.ino) === cursor.inode) {
      const size = Number(current.size)
      return [
        { file, inode: cursor.inode, from: size < cursor.offset ? 0 : cursor.offset, to: size },
      ]
    }
    const rotated = await statOf(`${file}.1`)
    if (rotated && String(rotated.ino) === cursor.inode && Number(rotated.size) >= cursor.offset)
      segments.push({
        file: `${file}.1`,
        inode: cursor.inode,
        from: cursor.offset,
        to: Number(rotated.size),
      })
  }
  if (current)
    segments.push({ file, inode: String(current.ino), from: 0, to: Number(current.size) })
  return segments
}

const CHUNK = 1024 * 1024
/** A longer line is junk (nginx's are far shorter): skipped, never held whole in memory. */
const MAX_LINE = 64 * 1024

/**
 * Calls `onLine` for each complete line of the segment, at most `budget` bytes; returns the
 * offset after the last complete line read (where the next run resumes).
 */
export async function readLines(
  segment: LogSegment,
  budget: number,
  onLine: (line: string) => void,
): Promise<number> {
  const handle = await open(segment.file, 'r')
  try {
    const end = Math.min(segment.to, segment.from + budget)
    let offset = segment.from
    let carry = Buffer.alloc(0)
    let skipping = false
    let position = segment.from
    while (position < end) {
      const buffer = Buffer.alloc(Math.min(CHUNK, end - position))
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position)
      if (bytesRead === 0) break
      position += bytesRead
      let data: Buffer = Buffer.concat([carry, buffer.subarray(0, bytesRead)])
      let newline: number
      while ((newline = data.indexOf(0x0a)) >= 0) {
        if (!skipping) onLine(data.subarray(0, newline).toString('utf8'))
        skipping = false
        // `data` starts at the first unconsumed byte (the carried part line included).
        offset += newline + 1
        data = data.subarray(newline + 1)
      }
      if (data.length > MAX_LINE) {
        // A runaway line: drop what we have, skip to its end.
        offset += data.length
        data = Buffer.alloc(0)
        skipping = true
      }
      carry = Buffer.from(data)
    }
    return offset
  } finally {
    await handle.close()
  }
}
