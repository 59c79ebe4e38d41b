import type { PayloadRequest } from 'payload'
import { readBodyWithin } from './readBodyWithin'

/** A note and a page of ids: a few kilobytes at most. */
export const SMALL_BODY_LIMIT = 16 * 1024

export type SmallBody =
  | { kind: 'json'; value: Record<string, unknown> }
  | { kind: 'form'; form: FormData }
  | 'too-large'
  | 'unreadable'

/**
 * The body of the admin's buttons: a JSON object from scripts, or a browser form (the views work
 * without scripts), read within `limit` bytes before anything parses it. Any other type, a JSON
 * array or scalar, or a body that does not parse is unreadable; each endpoint reads its fields.
 */
export async function readSmallBody(
  req: PayloadRequest,
  limit = SMALL_BODY_LIMIT,
): Promise<SmallBody> {
  const type = req.headers.get('content-type') ?? ''
  const body = await readBodyWithin(req as unknown as Request, limit)
  if (body === 'too-large') return body
  try {
    if (/^application\/json/i.test(type)) {
      const value: unknown = JSON.parse(new TextDecoder().decode(body))
      return value && typeof value === 'object' && !Array.isArray(value)
        ? { kind: 'json', value: value as Record<string, unknown> }
        : 'unreadable'
    }
    if (!/^multipart\/form-data|^application\/x-www-form-urlencoded/i.test(type))
      return 'unreadable'
    const form = await new Response(body, { headers: { 'Content-Type': type } }).formData()
    return { kind: 'form', form }
  } catch {
    return 'unreadable'
  }
}
