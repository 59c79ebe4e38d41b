/**
 * Loads an archive of `npm run backup` into an EMPTY database (DATABASE_URI: SQLite or
 * PostgreSQL) and its uploads into DATA_DIR, then queues every site for publishing:
 * `npm run restore -- <archive>`.
 */
import '../tools/lib/signsNoLogins'
import { resolve } from 'node:path'
import { BackupError } from '../cms/backup/backupError'
import { failureText } from '../cms/backup/failureText'
import { restoreBackup } from '../cms/backup/restoreBackup'
import { runWithPayload } from '../tools/lib/runWithPayload'

const [archive, ...rest] = process.argv.slice(2).filter((a) => a !== '--')
if (!archive || rest.length > 0 || archive.startsWith('-')) {
  console.error('Usage: npm run restore -- <archive.ndjson.gz>')
  process.exit(2)
}
const started = performance.now()
await runWithPayload(
  async (payload) => {
    const report = await restoreBackup(payload, resolve(archive))
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    console.log(
      `Restored ${report.rows} rows in ${report.tables} tables and ${report.files} files in ${seconds} s.`,
    )
    console.log(
      `${report.sitesQueued} sites are queued for publishing: a running \`npm run worker\` builds them ` +
        '(or run `npm run worker -- --once` now).',
    )
  },
  (error) =>
    error instanceof BackupError
      ? failureText(error)
      : `Restore failed, nothing was restored: ${failureText(error)}`,
)
