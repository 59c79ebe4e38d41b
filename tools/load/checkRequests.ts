import { request } from 'node:http'
import type { LoadRequest } from './rotateScript'

/** One plain GET with our own Host header; resolves with the status (0 when no answer came). */
export function statusOf(port: number, r: LoadRequest): Promise<number> {
  return new Promise((resolve) => {
    const req = request(
      { host: '127.0.0.1', port, path: r.path, headers: { host: r.host }, agent: false },
      (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
        res.on('error', () => resolve(0))
      },
    )
    req.setTimeout(10_000, () => req.destroy())
    req.on('error', () => resolve(0))
    req.end()
  })
}

/**
 * Asks for every request once, one after another, before the load: a list that does not
 * answer 200 then fails with the exact URLs instead of as wrk's error count.
 */
export async function failingRequests(
  port: number,
  requests: readonly LoadRequest[],
): Promise<string[]> {
  const failures: string[] = []
  for (const r of requests) {
    const status = await statusOf(port, r)
    if (status !== 200) failures.push(`http://${r.host}${r.path} answered ${status || 'nothing'}`)
  }
  return failures
}
