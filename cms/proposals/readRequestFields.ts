import type { PayloadRequest } from 'payload'
import { readBodyWithin } from '../requests/readBodyWithin'

/** A note and a few ids: a few kilobytes at most. */
const BODY_LIMIT = 16 * 1024

/**
 * The fields of a small JSON object (the admin's buttons) or of a browser form (the reviewer's
 * view works without scripts), read within BODY_LIMIT; anything else is unreadable.
 */
export async function readRequestFields(
  req: PayloadRequest,
): Promise<Record<string, unknown> | 'too-large' | 'unreadable'> {
  const type = req.headers.get('content-type') ?? ''
  const body = await readBodyWithin(req as unknown as Request, BODY_LIMIT)
  if (body === 'too-large') return body
  try {
    if (/^application\/json/i.test(type)) {
      const value: unknown = JSON.parse(new TextDecoder().decode(body))
      return value && typeof value === 'object' && !Array.isArray(value)
        ? (value as Record<string, unknown>)
        : 'unreadable'
    }
    if (!/^multipart\/form-data|^application\/x-www-form-urlencoded/i.test(type))
      return 'unreadable'
    const form = await new Response(body, { headers: { 'Content-Type': type } }).formData()
    const fields: Record<string, unknown> = {}
    // One value per name: a repeated field is a forged form, its first value counts.
    for (const [name, value] of form.entries())
      if (typeof value === 'string' && !(name in fields)) fields[name] = value
    return fields
  } catch {
    return 'unreadable'
  }
}
