export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

/** The scheme of DATABASE_URI picks the adapter. */
export function databaseKind(uri: string): DatabaseKind {
  if (/^file:/.test(uri)) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(uri)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(uri)) return 'mongodb'
  const scheme = uri.split(':')[0] || '(empty)'
  throw new Error(
    `DATABASE_URI has an unsupported scheme "${scheme}". Use file:./data/union-sites.db (SQLite), postgres://user:pass@host/db or mongodb://host/db.`,
  )
}
