/**
 * The preview server's access log: the same lines as nginx's `union_sites` format
 * (domain/visits/accessLogLine.ts), appended to one file, so the visits job reads `npm start`'s
 * own visits as it reads production's. Rotated like logrotate would: when the day (UTC) changes
 * or the file passes `maxBytes`, it is renamed to `<file>.1` (the previous `.1` goes) and a new
 * file is started; the job finishes the renamed file by its inode before the new one.
 */
import { appendFile, mkdir, rename, stat } from 'node:fs/promises'
import path from 'node:path'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { formatAccessLine, refererOrigin } from '../domain/visits/accessLogLine'
import { normalizeHost } from './requestParts'

export interface AccessLogWriter {
  /** Logs the request when its response has been sent (or the client went away). */
  track(req: IncomingMessage, res: ServerResponse): void
  /** Resolves when every line queued so far is on disk. */
  flush(): Promise<void>
}

const DEFAULT_MAX_BYTES = 10 * 1024 * 1024

/** Node reads header and target bytes as Latin-1; nginx logs the bytes: back to UTF-8 text. */
const bytesAsText = (value: string) => Buffer.from(value, 'latin1').toString('utf8')

export function accessLogWriter(file: string, maxBytes = DEFAULT_MAX_BYTES): AccessLogWriter {
  let pending: string[] = []
  let chain: Promise<void> = mkdir(path.dirname(file), { recursive: true }).then(() => undefined)
  let day = new Date().toISOString().slice(0, 10)

  const rotateIfDue = async () => {
    const today = new Date().toISOString().slice(0, 10)
    const size = await stat(file).then(
      (s) => s.size,
      () => -1,
    )
    if (size > 0 && (today !== day || size >= maxBytes)) await rename(file, `${file}.1`)
    day = today
  }
  const write = async () => {
    const lines = pending
    pending = []
    if (lines.length === 0) return
    await rotateIfDue()
    await appendFile(file, lines.join(''), { mode: 0o640 })
  }
  const schedule = () => {
    // A log that cannot be written must not stop the sites: the line is lost, serving goes on.
    chain = chain.then(write).catch(() => undefined)
  }

  return {
    track(req, res) {
      const started = new Date()
      // Body bytes as nginx's $body_bytes_sent: counted as they are written (files stream
      // without a Content-Length when compressed on the fly).
      let bytes = 0
      const count = (chunk: unknown, encoding?: unknown) => {
        if (typeof chunk === 'string')
          bytes += Buffer.byteLength(
            chunk,
            typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8',
          )
        else if (chunk instanceof Uint8Array) bytes += chunk.byteLength
      }
      const write = res.write.bind(res)
      const end = res.end.bind(res)
      res.write = ((chunk: unknown, ...rest: unknown[]) => {
        count(chunk, rest[0])
        return (write as (...a: unknown[]) => boolean)(chunk, ...rest)
      }) as typeof res.write
      res.end = ((chunk?: unknown, ...rest: unknown[]) => {
        if (typeof chunk !== 'function') count(chunk, rest[0])
        return (end as (...a: unknown[]) => ServerResponse)(chunk, ...rest)
      }) as typeof res.end
      res.once('close', () => {
        const raw = req.url ?? ''
        const target = raw.startsWith('/') ? raw : raw.replace(/^[a-z]+:\/\/[^/]*/i, '') || '/'
        pending.push(
          `${formatAccessLine({
            time: started,
            host: normalizeHost(req.headers.host)?.name ?? '',
            method: req.method ?? '',
            path: bytesAsText(target.split('?')[0]!.slice(0, 8192)),
            status: res.statusCode,
            bytes: req.method === 'HEAD' ? 0 : bytes,
            referer: refererOrigin(req.headers.referer),
            userAgent: bytesAsText((req.headers['user-agent'] ?? '').slice(0, 2048)),
          })}\n`,
        )
        if (pending.length === 1) schedule()
      })
    },
    flush() {
      schedule()
      return chain
    },
  }
}
