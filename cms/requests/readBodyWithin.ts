/**
 * Reads a request body, stopping as soon as it exceeds `max` bytes: a declared Content-Length
 * over the limit is refused without reading, and a chunked body is counted as it arrives, so an
 * oversized body never sits in memory whole.
 */
export async function readBodyWithin(
  request: Request,
  max: number,
): Promise<Uint8Array<ArrayBuffer> | 'too-large'> {
  const declared = Number(request.headers.get('content-length') ?? '')
  if (Number.isFinite(declared) && declared > max) return 'too-large'
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > max) {
      // Stop reading without cancel(): cancelling a fetch Request's body while undici still
      // pumps it into the stream raises an unhandled rejection ("stream already closed").
      reader.releaseLock()
      return 'too-large'
    }
    chunks.push(value)
  }
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}
