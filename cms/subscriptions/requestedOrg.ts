import type { PayloadRequest } from 'payload'

/** Ids are numbers on SQLite and PostgreSQL, ObjectIds on MongoDB: nothing else is looked up. */
const ID = /^(?:\d{1,15}|[0-9a-f]{24})$/i

/** The `?organization=` of a subscribers endpoint, or null when missing or malformed. */
export function requestedOrg(req: PayloadRequest): string | null {
  const raw = new URL(req.url ?? 'http://localhost/').searchParams.get('organization')
  return raw && ID.test(raw) ? raw : null
}

const JSON_HEADERS = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' }

export const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: JSON_HEADERS })
