/**
 * Writes a resolved request to the response: validators and 304, HEAD, precompressed `.br`/`.gz`
 * copies, on-the-fly compression of text. The body is the file's bytes, untouched, unless the
 * client asked for a compressed encoding.
 */
import { createReadStream, statSync, type Stats } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { pipeline } from 'node:stream/promises'
import { constants, createBrotliCompress, createGzip } from 'node:zlib'
import {
  ENCODING_SUFFIX,
  chooseEncoding,
  etagOf,
  isNotModified,
  lastModifiedOf,
  type Encoding,
} from './conditional'
import { isCompressible } from './fileTypes'
import { COMPRESS_MIN_BYTES, GZIP_LEVEL } from './policy'
import type { ResolvedRequest } from './resolveRequest'

/** A regular file's stat, or undefined for anything else, a refused name included. */
const statFile = (file: string): Stats | undefined => {
  try {
    const stat = statSync(file, { throwIfNoEntry: false })
    return stat?.isFile() ? stat : undefined
  } catch {
    return undefined
  }
}

function compressor(encoding: Encoding) {
  return encoding === 'br'
    ? // Quality 11 (the default) is far too slow for on-the-fly use; 5 is close to gzip's speed.
      createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
    : createGzip({ level: GZIP_LEVEL })
}

export async function sendResolved(
  req: IncomingMessage,
  res: ServerResponse,
  resolved: ResolvedRequest,
): Promise<void> {
  const head = req.method === 'HEAD'
  if (resolved.file === undefined) {
    const body = Buffer.from(resolved.body ?? '', 'utf8')
    res.writeHead(resolved.status, { ...resolved.headers, 'Content-Length': body.length })
    res.end(head ? undefined : body)
    return
  }

  const file = resolved.file
  let stat = statFile(file)
  if (!stat) {
    // Removed between routing and reading (a rebuild in progress).
    res.writeHead(404, { ...resolved.headers, 'Content-Type': 'text/plain; charset=utf-8' })
    res.end(head ? undefined : 'Not found\n')
    return
  }
  const accept = req.headers['accept-encoding']
  const copies = (['br', 'gzip'] as const).filter((e) => statFile(file + ENCODING_SUFFIX[e]))
  const precompressed = chooseEncoding(accept, copies)
  const compressible = isCompressible(file)
  const onTheFly =
    precompressed === undefined && compressible && stat.size >= COMPRESS_MIN_BYTES
      ? chooseEncoding(accept, ['br', 'gzip'])
      : undefined
  const source = precompressed ? file + ENCODING_SUFFIX[precompressed] : file
  if (precompressed) stat = statFile(source)!

  const headers: Record<string, string | number> = { ...resolved.headers }
  // As nginx's gzip_vary: whenever the answer could have been compressed, whatever was asked.
  if (copies.length > 0 || (compressible && stat.size >= COMPRESS_MIN_BYTES)) {
    headers['Vary'] = 'Accept-Encoding'
  }
  const encoding = precompressed ?? onTheFly
  if (encoding) headers['Content-Encoding'] = encoding
  if (!onTheFly) headers['Content-Length'] = stat.size

  // Validators only on a 200: a 404 page must not turn into "304 Not Modified".
  if (resolved.status === 200) {
    const etag = etagOf(stat, onTheFly !== undefined)
    headers['ETag'] = etag
    headers['Last-Modified'] = lastModifiedOf(stat)
    const ifNoneMatch = req.headers['if-none-match']
    if (isNotModified(ifNoneMatch, req.headers['if-modified-since'], etag, stat)) {
      delete headers['Content-Length']
      delete headers['Content-Type']
      res.writeHead(304, headers).end()
      return
    }
  }

  res.writeHead(resolved.status, headers)
  if (head) {
    res.end()
    return
  }
  const stream = createReadStream(source)
  await (onTheFly ? pipeline(stream, compressor(onTheFly), res) : pipeline(stream, res))
}
