import { BackupError } from './backupError'

/**
 * What a CLI prints when backup or restore fails: a refusal as it is; otherwise the database's
 * own message (drizzle wraps it with the whole statement and every value, megabytes of text).
 */
export function failureText(error: unknown): string {
  if (error instanceof BackupError) return error.message
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error
  const text = cause instanceof Error ? cause.message : String(cause)
  return text.length > 600 ? `${text.slice(0, 600)}…` : text
}
