/**
 * Writes the whole platform into one archive: `npm run backup [-- --out <file>]`
 * (default DATA_DIR/backups/union-sites-<date>.ndjson.gz). Format: cms/backup/README.md.
 */
import '../tools/lib/signsNoLogins'
import { statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { BackupError } from '../cms/backup/backupError'
import { failureText } from '../cms/backup/failureText'
import { writeBackup } from '../cms/backup/writeBackup'
import { dataDir } from '../config/paths'
import { runWithPayload } from '../tools/lib/runWithPayload'

let values: { out?: string }
try {
  ;({ values } = parseArgs({ options: { out: { type: 'string' } } }))
} catch {
  console.error('Usage: npm run backup [-- --out <file.ndjson.gz>]')
  process.exit(2)
}
const stamp = new Date().toISOString().replace(/[:.]/g, '-')
const out = resolve(values.out ?? join(dataDir(), 'backups', `union-sites-${stamp}.ndjson.gz`))
const started = performance.now()
await runWithPayload(
  async (payload) => {
    const end = await writeBackup(payload, out)
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    const mb = (statSync(out).size / 1e6).toFixed(1)
    console.log(
      `Backup written to ${out} (${mb} MB): ${end.rows} rows in ${end.tables} tables and ${end.files} files, in ${seconds} s`,
    )
  },
  (error) =>
    error instanceof BackupError ? failureText(error) : `Backup failed: ${failureText(error)}`,
)
