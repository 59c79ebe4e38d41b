import { readBodyWithin } from '../requests/readBodyWithin'

/** A subscription form or a link's button: a few short fields, never a file. */
export const SUBSCRIPTION_BODY_LIMIT = 16 * 1024
const FIELD_CAP = 2_000

/**
 * The body of a subscription POST — urlencoded (a browser's form, RFC 8058's one-click body) or
 * multipart (the script's FormData) — read within its small limit. An empty body is an empty form
 * (a mail client's one-click POST may send nothing else); 'too-large' or 'unreadable' instead of
 * throwing.
 */
export async function readSubscriptionForm(
  request: Request,
): Promise<Record<string, string> | 'too-large' | 'unreadable'> {
  const type = request.headers.get('content-type') ?? ''
  const body = await readBodyWithin(request, SUBSCRIPTION_BODY_LIMIT)
  if (body === 'too-large') return 'too-large'
  if (body.byteLength === 0) return {}
  if (!/^multipart\/form-data|^application\/x-www-form-urlencoded/i.test(type)) return 'unreadable'
  let form: FormData
  try {
    form = await new Response(body, { headers: { 'Content-Type': type } }).formData()
  } catch {
    return 'unreadable'
  }
  const fields: Record<string, string> = {}
  for (const [name, value] of form)
    if (typeof value === 'string' && !(name in fields)) fields[name] = value.slice(0, FIELD_CAP)
  return fields
}
