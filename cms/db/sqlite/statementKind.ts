/**
 * Whether a statement only reads, from its text: reads run on the reader connection without the
 * write lock (in WAL mode they never wait for writers), everything else takes the lock first.
 * A write taken for a read would still be correct (it would wait for the lock by itself, and a
 * failed autocommit statement changes nothing); a read taken for a write only waits needlessly.
 */
export function isReadStatement(sql: string): boolean {
  const text = sql.trimStart().toLowerCase()
  if (/^(select|explain|values)\b/.test(text)) return true
  // `with … select` reads; `with … insert/update/delete` writes.
  if (/^with\b/.test(text)) return !/\b(insert|update|delete|replace)\b/.test(text)
  // `PRAGMA x` reads; `PRAGMA x = y` sets a connection or database setting.
  if (/^pragma\b/.test(text)) return !text.includes('=')
  return false
}
