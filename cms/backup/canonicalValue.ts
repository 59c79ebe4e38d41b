/**
 * One form for a value whichever SQL database it came from, so that a backup of the same data
 * is the same bytes on SQLite and PostgreSQL: dates as ISO 8601 in UTC with milliseconds,
 * numbers as numbers (PostgreSQL's numeric arrives as a string), JSON with sorted keys
 * (jsonb reorders keys; key order means nothing to the CMS).
 */
export function canonicalValue(columnType: string, value: unknown): unknown {
  if (value === null || value === undefined) return null
  if (value instanceof Date) return value.toISOString()
  if (/^PgTimestamp|^PgDate/.test(columnType) && typeof value === 'string') return isoDate(value)
  if (/Numeric|BigInt/.test(columnType)) return Number(value)
  if (/Json/.test(columnType))
    return sortedJson(typeof value === 'string' ? safeParse(value) : value)
  if (typeof value === 'bigint') return Number(value)
  return value
}

/** PostgreSQL prints timestamptz as `2026-12-06 05:41:54.12+00` in the session's time zone. */
export function isoDate(text: string): string {
  const date = new Date(text.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00'))
  return Number.isNaN(date.getTime()) ? text : date.toISOString()
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

export function sortedJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedJson)
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort()) {
      out[key] = sortedJson((value as Record<string, unknown>)[key])
    }
    return out
  }
  return value
}
