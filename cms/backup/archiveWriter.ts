import { createWriteStream, type WriteStream } from 'node:fs'
import { once } from 'node:events'
import { createGzip, type Gzip } from 'node:zlib'

/** Writes the archive's lines through gzip, waiting whenever the stream asks to (bounded memory). */
export class ArchiveWriter {
  private readonly gzip: Gzip
  private readonly file: WriteStream

  constructor(path: string) {
    this.gzip = createGzip({ level: 6 })
    this.file = createWriteStream(path)
    this.gzip.pipe(this.file)
  }

  async line(value: unknown): Promise<void> {
    if (!this.gzip.write(`${JSON.stringify(value)}\n`)) await once(this.gzip, 'drain')
  }

  async close(): Promise<void> {
    const closed = once(this.file, 'close')
    this.gzip.end()
    await closed
  }
}
