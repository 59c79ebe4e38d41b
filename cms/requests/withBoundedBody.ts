import { readBodyWithin } from './readBodyWithin'

export const tooLarge = (max: number) =>
  Response.json(
    {
      errors: [
        { message: `Запрос слишком большой: не более ${Math.round(max / 1024 / 1024)} МБ.` },
      ],
    },
    { status: 413 },
  )

/**
 * The request with its body read into memory within `max` bytes (so Payload parses a bounded
 * buffer), or a 413 response when the body is larger.
 */
export async function withBoundedBody(request: Request, max: number): Promise<Request | Response> {
  const body = await readBodyWithin(request, max)
  if (body === 'too-large') return tooLarge(max)
  const headers = new Headers(request.headers)
  headers.delete('transfer-encoding')
  return new Request(request.url, {
    method: request.method,
    headers,
    body: body.byteLength > 0 ? body : undefined,
    signal: request.signal,
  })
}
