import type { PayloadRequest } from 'payload'
import { readSmallBody } from '../requests/readSmallBody'

/**
 * The fields of the proposal buttons' body: the JSON object as sent, or a browser form's string
 * fields with one value per name (a repeated field is a forged form: its first value counts).
 */
export async function readRequestFields(
  req: PayloadRequest,
): Promise<Record<string, unknown> | 'too-large' | 'unreadable'> {
  const body = await readSmallBody(req)
  if (typeof body === 'string') return body
  if (body.kind === 'json') return body.value
  const fields: Record<string, unknown> = {}
  for (const [name, value] of body.form.entries())
    if (typeof value === 'string' && !(name in fields)) fields[name] = value
  return fields
}
