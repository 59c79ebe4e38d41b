/**
 * `npm start`: loads the demo federation (idempotent), exports a snapshot per organization,
 * builds every site with Astro and serves them on port 4321 by Host (http://mfp.localhost:4321/),
 * then brings up the admin at http://localhost:3000/admin, printing the demo logins and how long
 * each step took.
 */
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { bootPayload } from '../cms/lib/bootPayload'
import { importBundle } from '../cms/import/importBundle'
import { changedCount } from '../cms/import/importReport'
import { databaseUri } from '../cms/db/databaseUri'
import { loadBundle } from '../content/lib/loadBundle'
import { waitForHttp } from './lib/waitForHttp'
import { exportSnapshots } from '../cms/export/exportSnapshots'
import { dataDir, PROJECT_ROOT } from '../cms/lib/paths'
import { startPreviewServer } from './serve/previewServer'
import { runAstroBuild } from './site/astroBuild'

const PORT = Number(process.env.PORT ?? 3000)
const SITES_PORT = Number(process.env.SITES_PORT ?? 4321)
const snapshotsDir = resolve(PROJECT_ROOT, 'dist/snapshots')
const sitesDir = resolve(PROJECT_ROOT, 'dist/sites')
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
const exportStart = performance.now()
const exported = await exportSnapshots(payload, snapshotsDir)
console.log(`Exported ${exported.sites} site snapshots in ${secs(exportStart)}`)
await payload.destroy()

const build = await runAstroBuild({ snapshots: snapshotsDir, out: sitesDir })
if (!build.ok) {
  console.error(build.log.slice(-4000))
  throw new Error('The sites did not build (see the log above).')
}
console.log(
  `Built ${build.pages} pages of ${exported.sites} sites in ${build.seconds.toFixed(1)} s`,
)
const sites = await startPreviewServer({
  outDir: sitesDir,
  mediaDir: resolve(dataDir(), 'uploads'),
  port: SITES_PORT,
})

const adminStart = performance.now()
const next = spawn('next', ['dev', 'cms', '--port', String(PORT)], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, JOBS_AUTORUN: '1', NEXT_TELEMETRY_DISABLED: '1' },
})
const stop = () => {
  next.kill('SIGTERM')
  void sites.close()
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
next.on('exit', (code) => process.exit(code ?? 0))

const adminUrl = `http://localhost:${PORT}/admin`
// The first request compiles the admin (about a minute on two cores); later ones are instant.
await waitForHttp(adminUrl, 300_000)
console.log(`\nAdmin ready at ${adminUrl} (compiled in ${secs(adminStart)}, total ${secs(t0)})`)
console.log(`\nSites (served by Host on port ${SITES_PORT}; *.localhost resolves to this machine):`)
for (const url of sites.siteUrls()) console.log(`  ${url}`)
console.log('\nDemo logins:')
for (const user of bundle.users) {
  console.log(`  ${user.email.padEnd(28)} ${user.password.padEnd(18)} ${user.description ?? ''}`)
}
console.log('\nPress Ctrl+C to stop.')
