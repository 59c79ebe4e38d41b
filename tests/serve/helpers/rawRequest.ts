import { connect } from 'node:net'

export interface RawAnswer {
  /** The status of the first response line; 0 when the server closed without answering. */
  status: number
  /** Everything the server sent (status line, headers and body), as bytes. */
  raw: Buffer
}

/**
 * Sends bytes exactly as given (a request line and headers no HTTP client would build: spaces,
 * control characters, absurd lengths) to 127.0.0.1 and reads until the server closes or
 * `timeoutMs` passes. The caller asks for `Connection: close`, so one request is one socket.
 */
export function rawRequest(port: number, request: Buffer, timeoutMs = 5_000): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    const socket = connect(port, '127.0.0.1')
    const done = () => {
      clearTimeout(timer)
      socket.destroy()
      const raw = Buffer.concat(chunks)
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(raw.subarray(0, 16).toString('latin1'))?.[1]
      resolve({ status: status ? Number(status) : 0, raw })
    }
    const timer = setTimeout(done, timeoutMs)
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    socket.on('end', done)
    socket.on('close', done)
    // The server may close while we are still writing a huge request: that is an answer too.
    socket.on('error', done)
    socket.write(request)
  })
}
