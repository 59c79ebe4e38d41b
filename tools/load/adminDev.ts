import { spawn } from 'node:child_process'
import path from 'node:path'
import { PROJECT_ROOT } from '../../config/paths'

export interface AdminDev {
  apiUrl: string
  /** Seconds until the API answered (compiling its route and any wait for the lock included). */
  readySeconds: number
  /** The end of its output (for a failure's message). */
  log(): string
  stop(): Promise<void>
}

const ANOTHER = /Another .*next.* (server|process) is already running/i

/** `next dev` exited because another one holds cms/.next. */
class DevServerBusy extends Error {}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function startOnce(
  port: number,
  env: Record<string, string>,
  deadline: number,
): Promise<Omit<AdminDev, 'readySeconds'>> {
  const child = spawn(
    path.join(PROJECT_ROOT, 'node_modules', '.bin', 'next'),
    ['dev', 'cms', '--port', String(port), '--hostname', '127.0.0.1'],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, UNION_SITES_DEV: '1', NEXT_TELEMETRY_DISABLED: '1', ...env },
      // Its own process group: next dev starts children, and stop() ends them all.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
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
  const apiUrl = `http://127.0.0.1:${port}/api`
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      process.off('exit', onExit)
      if (ANOTHER.test(tail)) throw new DevServerBusy(tail.slice(-1500))
      throw new Error(`The admin (next dev) exited with ${child.exitCode}:\n${tail.slice(-3000)}`)
    }
    const status = await fetch(`${apiUrl}/users/me`, { signal: AbortSignal.timeout(120_000) }).then(
      (r) => r.status,
      () => 0,
    )
    if (status > 0 && status < 500) return { apiUrl, log: () => tail, stop }
    await sleep(1000)
  }
  await stop()
  throw new Error(`The admin did not answer in time:\n${tail.slice(-3000)}`)
}

/**
 * The admin as `npm start` runs it: `next dev cms`, on the database of `env`. Next allows ONE
 * dev server per `cms/.next` (a lock file); the load test keeps that shared folder (its compile
 * cache makes later starts fast, and another `distDir` would make Next rewrite
 * cms/tsconfig.json), so it must run alone. When another one (`npm start`, the e2e tests) holds
 * the lock, this waits for it, in a bounded loop, and says so. Resolves once
 * `GET /api/users/me` answers: that compiles the API route the editor's saves go through.
 */
export async function startAdminDev(
  port: number,
  env: Record<string, string>,
  timeoutMs: number,
): Promise<AdminDev> {
  const started = performance.now()
  const deadline = Date.now() + timeoutMs
  let said = false
  for (;;) {
    try {
      const admin = await startOnce(port, env, deadline)
      return { ...admin, readySeconds: (performance.now() - started) / 1000 }
    } catch (error) {
      if (!(error instanceof DevServerBusy)) throw error
      if (Date.now() + 15_000 > deadline)
        throw new Error(
          'The admin did not start: another `next dev` kept cms/.next (npm start, the e2e ' +
            `tests or another load test) for ${timeoutMs / 1000} s; run \`npm run test:load\` alone.\n${error.message}`,
        )
      if (!said) console.log('  another `next dev` holds cms/.next: waiting for it to end…')
      said = true
      await sleep(15_000)
    }
  }
}
