import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import type { Config } from '../../config'
import { dataDir } from '../../config/paths'
import { readSiteIndex, siteUrls } from '../../serving/siteIndex'
import { ensureAdminBuild } from '../lib/adminBuild'
import { adminServerCommand, type AdminMode } from '../lib/adminServer'
import { superviseChild } from '../lib/superviseChild'
import { waitForHttp } from '../lib/waitForHttp'
import { loadAndPublishDemo, secondsSince } from './loadAndPublishDemo'

/**
 * `npm start`: loads the demo federation (idempotent), publishes every site through the
 * publishing queue and serves them on SITES_PORT by Host (http://mfp.localhost:4321/), keeps a
 * publishing worker running (edits in the admin go live by themselves), then brings up the admin
 * at http://localhost:3000/admin, printing the demo logins and how long each step took.
 *
 * Four processes: this one (Payload and the publishing worker), the sites' preview server, the
 * weekly stand's printer and the admin: `next start` on the production build, made first when
 * the admin's sources changed since the last one (tools/lib/adminBuild.ts), so that no page
 * compiles when an editor opens it; `next dev` with `adminMode` 'dev' (`npm start -- --dev`).
 * The preview server answers anyone who can reach the port, so it runs
 * apart: whatever a request does to it, the worker goes on publishing. When it exits on its own
 * it is started again (at most 5 times a minute, each with a log line); past that it stays down,
 * says so, and the worker and the admin go on. When the admin exits, npm start ends.
 */
export async function startDemo(settings: Config, adminMode: AdminMode = 'build'): Promise<void> {
  /** Without PORT the admin takes Next's usual 3000 (PORT is the preview server's under serve:sites). */
  const PORT = settings.PORT ?? 3000
  const SITES_PORT = settings.SITES_PORT
  const t0 = performance.now()
  const { bundle, worker, dirs } = await loadAndPublishDemo(settings.DEMO_BUNDLE, t0)

  const uploads = resolve(dataDir(), 'uploads')
  const sitesUrl = `http://127.0.0.1:${SITES_PORT}/`
  // `node --import tsx`: one process per child, so a signal reaches the server itself.
  const sites = superviseChild({
    name: `The sites' preview server (port ${SITES_PORT})`,
    command: process.execPath,
    args: [
      ...['--import', 'tsx', resolve('scripts/serve-sites.ts'), '--quiet'],
      ...['--out-dir', dirs.live, '--media-dir', uploads, '--port', String(SITES_PORT)],
      // The feedback form's /_forms/ goes to the admin started below.
      ...['--cms-url', `http://127.0.0.1:${PORT}`],
    ],
    onGiveUp: () =>
      console.error(
        `The sites are not served now; publishing and the admin go on. Serve them by hand:\n` +
          `  OUT_DIR=${dirs.live} MEDIA_DIR=${uploads} PORT=${SITES_PORT} npm run serve:sites`,
      ),
  })
  process.on('exit', () => void sites.stop(0))
  // Not fatal: if it cannot start, its own message and the supervisor's say why.
  await waitForHttp(sitesUrl, 60_000).catch(() => undefined)
  worker.run().catch((error: unknown) => {
    // run() logs and survives a failed batch; reaching here means the loop itself broke.
    console.error(`Publishing worker stopped: ${error instanceof Error ? error.message : error}`)
    console.error('Edits are no longer published; the sites stay served. Restart npm start.')
  })

  // The weekly stand's printer: PDFs of the sites' stands, the Monday mail (publishing/stand/).
  // Its own process, like `npm run stands` in production: a PDF costs half a second of a core,
  // and without Chromium it gives up alone while the rest goes on.
  const stands = superviseChild({
    name: 'The weekly stand printer',
    command: process.execPath,
    args: ['--import', 'tsx', resolve('scripts/stands.ts')],
    onGiveUp: () =>
      console.error('The sites are served without the stand PDFs; start them with npm run stands.'),
  })
  process.on('exit', () => void stands.stop(0))

  // The drafts server: the admin's «Предпросмотр» (publishing/draftPreview), on DRAFTS_PORT.
  const drafts = superviseChild({
    name: `The drafts server (port ${settings.DRAFTS_PORT})`,
    command: process.execPath,
    args: ['--import', 'tsx', resolve('scripts/serve-drafts.ts')],
    onGiveUp: () =>
      console.error('«Предпросмотр» does not open now; start it with npm run serve:drafts.'),
  })
  process.on('exit', () => void drafts.stop(0))

  const adminStart = performance.now()
  if (adminMode === 'build')
    await ensureAdminBuild({
      log: (line) => console.log(line),
      output: (text) => process.stdout.write(text),
    })
  const admin = adminServerCommand(adminMode, PORT, settings)
  const next = spawn(admin.command, admin.args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...admin.env },
  })
  const stop = () => {
    worker.stop()
    next.kill('SIGTERM')
    // `next start` closes gracefully and may wait on its jobs' timers for good (seen: over a
    // minute); its exit ends npm start (below), so it gets 10 s.
    setTimeout(() => next.kill('SIGKILL'), 10_000).unref()
    void sites.stop()
    void stands.stop()
    void drafts.stop()
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  next.on('exit', (code) => process.exit(code ?? 0))

  const adminUrl = `http://localhost:${PORT}/admin`
  // The first request boots Payload in the admin's process; under `next dev` it also compiles
  // the admin (about a minute on two cores).
  await waitForHttp(adminUrl, 300_000)
  const how = adminMode === 'dev' ? 'next dev, compiled' : 'production build, up'
  console.log(
    `\nAdmin ready at ${adminUrl} (${how} in ${secondsSince(adminStart)}, total ${secondsSince(t0)})`,
  )
  console.log(
    `\nSites (served by Host on port ${SITES_PORT}; *.localhost resolves to this machine):`,
  )
  for (const url of siteUrls(readSiteIndex(dirs.live, uploads).sites, SITES_PORT)) {
    console.log(`  ${url}`)
  }
  console.log('\nDemo logins:')
  for (const user of bundle.users) {
    console.log(`  ${user.email.padEnd(28)} ${user.password.padEnd(18)} ${user.description ?? ''}`)
  }
  console.log('\nPress Ctrl+C to stop.')
}
