import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureAdminBuild } from '../../../tools/lib/adminBuild'
import { adminServerCommand } from '../../../tools/lib/adminServer'
import { startTestMailbox, type TestMailbox } from '../../helpers/mail/testMailbox'
import { servedDemoPlace } from './demo'

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url))
const bin = (name: string) => path.join(repoRoot, 'node_modules', '.bin', name)

/** A free TCP port on the loopback (the OS picks it; the server that asked closes at once). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

export interface PublishingStack {
  adminUrl: string
  sitesPort: number
  /** The SMTP server every mail of the stack goes to (issue 16): the admin's jobs and the worker. */
  mailbox: TestMailbox
  /** Everything the admin's process printed so far (a compile would show here). */
  adminOutput(): string
  /**
   * Runs one job of a scheduled task now (tests/e2e/helpers/runTaskNow.ts, in the stack's
   * environment) instead of waiting for its cron; resolves with what the script printed.
   */
  runTaskNow(task: string): Promise<string>
  /** Stops every process of the stack and deletes its folder. */
  stop(): Promise<void>
}

/**
 * The whole product on a fresh SQLite database, as `npm start` runs it but in a temporary
 * folder: the demo seeded and published, the preview server, one publishing worker and the
 * admin (`next start` on the production build, made first if the admin's sources changed since
 * the last one). Every part is a child process in its own group, killed as a group.
 */
export async function startPublishingStack(log: (line: string) => void): Promise<PublishingStack> {
  const root = mkdtempSync(path.join(tmpdir(), 'union-sites-admin-e2e-'))
  const sitesPort = await freePort()
  const adminPort = await freePort()
  const draftsPort = await freePort()
  // Before the children, so that the admin and the worker find it from their first mail.
  const mailbox = await startTestMailbox()
  const env = {
    ...process.env,
    DATA_DIR: path.join(root, 'data'),
    DATABASE_URI: `file:${path.join(root, 'data', 'union-sites.db')}`,
    SITES_DIR: path.join(root, 'sites'),
    SITES_ORIGIN_TEMPLATE: `http://{host}:${sitesPort}`,
    LOG_LEVEL: 'warn',
    UNION_SITES_DEV: '1',
    NEXT_TELEMETRY_DISABLED: '1',
    SMTP_URL: mailbox.url,
    EMAIL_FROM: 'Сайты профсоюзов <no-reply@union-sites.test>',
    // The demo federation reaches about 35 sites, under the default of 100: a lower bar lets
    // wideMandatory.e2e see the confirmation before a mandatory post goes out (issue 19).
    MANDATORY_CONFIRM_ABOVE: '20',
    // The drafts server below: the admin's «Предпросмотр» links there (issue 19).
    DRAFTS_PORT: String(draftsPort),
    DRAFTS_ORIGIN: `http://localhost:${draftsPort}`,
  }
  const children: ChildProcess[] = []
  const stop = async () => {
    for (const child of children) {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        /* already gone */
      }
    }
    rmSync(root, { recursive: true, force: true })
    await mailbox.close()
  }
  const runToEnd = (label: string, args: string[]) => {
    const started = performance.now()
    const result = spawnSync(bin('tsx'), args, { cwd: repoRoot, env, encoding: 'utf8' })
    if (result.status !== 0)
      throw new Error(`${label} failed:\n${(result.stdout + result.stderr).slice(-3000)}`)
    log(`${label} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  }
  const background = (
    command: string,
    args: string[],
    extra: Record<string, string> = {},
    output: 'ignore' | 'pipe' = 'ignore',
  ) => {
    const child = spawn(command, args, {
      cwd: repoRoot,
      env: { ...env, ...extra },
      detached: true,
      stdio: ['ignore', output, output],
    })
    children.push(child)
    return child
  }
  let adminOutput = ''
  const runTaskNow = (task: string) =>
    new Promise<string>((resolve, reject) => {
      const child = spawn(bin('tsx'), ['tests/e2e/helpers/runTaskNow.ts', task], {
        cwd: repoRoot,
        env,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      children.push(child)
      let output = ''
      child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
      child.once('error', reject)
      child.once('close', (code) => {
        // Gone: stop() must not signal its process group, whose id may be reused.
        children.splice(children.indexOf(child), 1)
        if (code === 0) resolve(output.trim())
        else reject(new Error(`${task} failed (${code}):\n${output.slice(-3000)}`))
      })
    })
  try {
    // Once per state of the admin's sources: a CI run builds it here, later runs reuse it.
    await ensureAdminBuild({ log, env })
    // The e2e setup has seeded the demo already: start from a copy of its database and uploads.
    const seeded = servedDemoPlace()?.mediaDir
    if (seeded && existsSync(path.join(seeded, '..', 'union-sites.db'))) {
      cpSync(path.dirname(seeded), env.DATA_DIR, { recursive: true })
      log('demo copied from the e2e setup')
    } else {
      runToEnd('demo seeded', ['scripts/seed.ts'])
    }
    runToEnd('every site published', ['scripts/worker.ts', '--all', '--once'])
    // The monitoring's past quarters, made up from the published demo as `npm start` does: the
    // dashboard's «Динамика по кварталам» has a history to draw (issue 18).
    runToEnd('monitoring history seeded', ['tools/demo/seed-monitoring-history.ts'])
    background(bin('tsx'), [
      'scripts/serve-sites.ts',
      '--out-dir',
      env.SITES_DIR,
      '--media-dir',
      path.join(env.DATA_DIR, 'uploads'),
      '--port',
      String(sitesPort),
      // The feedback form's /_forms/ goes to the admin below (issue 16).
      '--cms-url',
      `http://127.0.0.1:${adminPort}`,
    ])
    background(bin('tsx'), ['scripts/worker.ts'])
    background(bin('tsx'), ['scripts/serve-drafts.ts'])
    // The admin's own origin: the session cookie counts only from there (CSRF).
    const admin = adminServerCommand('build', adminPort, {
      SERVER_URL: `http://localhost:${adminPort}`,
    })
    const next = background(admin.command, admin.args, admin.env, 'pipe')
    // Read to the end (an unread pipe would stall the server); a few lines unless it fails.
    for (const stream of [next.stdout!, next.stderr!])
      stream.setEncoding('utf8').on('data', (text: string) => {
        adminOutput = (adminOutput + text).slice(-1_000_000)
      })
    const adminUrl = `http://localhost:${adminPort}/admin`
    const started = performance.now()
    for (const deadline = Date.now() + 120_000; ;) {
      const ok = await fetch(`${adminUrl}/login`).then(
        (r) => r.ok,
        () => false,
      )
      if (ok) break
      if (Date.now() > deadline)
        throw new Error(`the admin did not come up in 2 minutes:\n${adminOutput.slice(-3000)}`)
      await new Promise((r) => setTimeout(r, 1000))
    }
    log(`admin up in ${((performance.now() - started) / 1000).toFixed(1)} s`)
    return { adminUrl, sitesPort, mailbox, adminOutput: () => adminOutput, runTaskNow, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
