import { spawn } from 'node:child_process'
import { PROJECT_ROOT } from '../../config/paths'
import { ensureAdminBuild } from '../lib/adminBuild'
import { adminServerCommand } from '../lib/adminServer'

export interface LoadAdmin {
  apiUrl: string
  /** Seconds until the API answered (a build of the admin, when its sources changed, included). */
  readySeconds: number
  /** The end of its output (for a failure's message). */
  log(): string
  stop(): Promise<void>
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * The admin as `npm start` serves it: the production build (made first when the admin's sources
 * changed since the last one; after `npm test` in CI it is up to date) under `next start`, on the
 * database of `env`, its jobs running in it. Any number of `next start` may share the build, so
 * this need not wait for another admin. Resolves once `GET /api/users/me` answers.
 */
export async function startLoadAdmin(
  port: number,
  env: Record<string, string>,
  timeoutMs: number,
): Promise<LoadAdmin> {
  const started = performance.now()
  const deadline = Date.now() + timeoutMs
  const childEnv = { ...process.env, UNION_SITES_DEV: '1', ...env }
  await ensureAdminBuild({ log: (line) => console.log(`  ${line}`), env: childEnv })
  const origin = `http://127.0.0.1:${port}`
  const command = adminServerCommand('build', port, {
    SERVER_URL: origin,
    TRUSTED_ORIGINS: undefined,
  })
  const child = spawn(command.command, [...command.args, '--hostname', '127.0.0.1'], {
    cwd: PROJECT_ROOT,
    env: { ...childEnv, ...command.env },
    // Its own process group: next start and whatever it starts end together in stop().
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let tail = ''
  const keep = (text: string) => (tail = (tail + text).slice(-6000))
  child.stdout.setEncoding('utf8').on('data', keep)
  child.stderr.setEncoding('utf8').on('data', keep)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  // Detached, it would outlive us: whatever way this process ends, its group goes too.
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal)
    } catch {
      /* already gone */
    }
  }
  const onExit = () => killGroup('SIGKILL')
  process.once('exit', onExit)
  const stop = async () => {
    process.off('exit', onExit)
    if (child.exitCode !== null || child.signalCode !== null) return
    killGroup('SIGTERM')
    const timeout = new Promise((r) => setTimeout(r, 10_000, 'timeout'))
    if ((await Promise.race([exited, timeout])) === 'timeout') killGroup('SIGKILL')
  }
  const apiUrl = `${origin}/api`
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      process.off('exit', onExit)
      throw new Error(`The admin (next start) exited with ${child.exitCode}:\n${tail.slice(-3000)}`)
    }
    const status = await fetch(`${apiUrl}/users/me`, { signal: AbortSignal.timeout(120_000) }).then(
      (r) => r.status,
      () => 0,
    )
    if (status > 0 && status < 500)
      return { apiUrl, log: () => tail, stop, readySeconds: (performance.now() - started) / 1000 }
    await sleep(1000)
  }
  await stop()
  throw new Error(`The admin did not answer in time:\n${tail.slice(-3000)}`)
}
