import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { createGunzip } from 'node:zlib'
import { BackupError } from './backupError'

/** The archive's lines, parsed one at a time (a damaged archive is refused with its line number). */
export class ArchiveReader {
  private readonly lines: AsyncIterator<string>
  private lineNo = 0

  constructor(private readonly path: string) {
    const gunzip = createGunzip()
    const input = createReadStream(path).pipe(gunzip)
    this.lines = createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]()
  }

  /** The next value, or a BackupError when the archive ends too early or is not JSON lines. */
  async next(): Promise<unknown> {
    let result: IteratorResult<string>
    try {
      result = await this.lines.next()
    } catch (error) {
      throw this.damaged(error instanceof Error ? error.message : String(error))
    }
    if (result.done) throw this.damaged('it ends before its last line (a truncated copy?)')
    this.lineNo++
    try {
      return JSON.parse(result.value)
    } catch {
      throw this.damaged(`line ${this.lineNo} is not JSON`)
    }
  }

  damaged(why: string): BackupError {
    return new BackupError(`The archive ${this.path} is damaged: ${why}.`)
  }

  async close(): Promise<void> {
    await this.lines.return?.()
  }
}
