/**
 * `npm start`: loads the demo federation (idempotent) into the database and brings up the admin
 * at http://localhost:3000/admin, printing the demo logins and how long each step took.
 */
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { bootPayload } from '../cms/lib/bootPayload'
import { importBundle } from '../cms/import/importBundle'
import { changedCount } from '../cms/import/importReport'
import { databaseUri } from '../cms/db/databaseUri'
import { loadBundle } from '../content/lib/loadBundle'
import { waitForHttp } from './lib/waitForHttp'

const PORT = Number(process.env.PORT ?? 3000)
const bundleDir = resolve(process.env.DEMO_BUNDLE ?? 'content/demo')
const t0 = performance.now()
const secs = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`

console.log(`Database: ${databaseUri()}`)
const bundle = loadBundle(bundleDir)
const payload = await bootPayload()
console.log(`Payload started in ${secs(t0)}`)
const seedStart = performance.now()
const report = await importBundle(payload, bundle)
console.log(
  `Demo federation loaded in ${secs(seedStart)} (${changedCount(report)} documents written; unchanged ones skipped)`,
)
await payload.destroy()

const adminStart = performance.now()
const next = spawn('next', ['dev', 'cms', '--port', String(PORT)], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, JOBS_AUTORUN: '1', NEXT_TELEMETRY_DISABLED: '1' },
})
const stop = () => next.kill('SIGTERM')
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
next.on('exit', (code) => process.exit(code ?? 0))

const adminUrl = `http://localhost:${PORT}/admin`
// The first request compiles the admin (about a minute on two cores); later ones are instant.
await waitForHttp(adminUrl, 300_000)
console.log(`\nAdmin ready at ${adminUrl} (compiled in ${secs(adminStart)}, total ${secs(t0)})`)
console.log('\nDemo logins:')
for (const user of bundle.users) {
  console.log(`  ${user.email.padEnd(28)} ${user.password.padEnd(18)} ${user.description ?? ''}`)
}
console.log('\nPress Ctrl+C to stop.')
