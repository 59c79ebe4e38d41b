import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PROJECT_ROOT } from '../../config/paths'
import { ensureAdminBuild } from '../lib/adminBuild'
import { adminServerCommand } from '../lib/adminServer'
import { waitForHttp } from '../lib/waitForHttp'
import { benchChildEnv } from './benchChildEnv'

export interface BenchDemoAdmin {
  /** http://localhost:<port>/admin */
  adminUrl: string
  /** Everything `next start` printed so far (a route compiled on demand would show here). */
  output(): string
  /** Stops the admin and deletes the bench's folder. */
  stop(): Promise<void>
}

const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/**
 * The admin as `npm start` serves it, on the demo federation in a folder of its own (the
 * developer's data is not touched): the production build ensured (built only when the admin's
 * sources changed), the demo seeded, every site published once and the monitoring's past
 * quarters made up — as npm start does — then `next start` with its jobs running in-process.
 * No preview server and no worker loop: nothing but the admin is measured.
 */
export async function startBenchDemoAdmin(log: (line: string) => void): Promise<BenchDemoAdmin> {
  const dir = mkdtempSync(path.join(tmpdir(), 'union-sites-bench-admin-'))
  const port = await freePort()
  const env = benchChildEnv(dir, {
    SITES_DIR: path.join(dir, 'sites'),
    UNION_SITES_DEV: '1',
    NEXT_TELEMETRY_DISABLED: '1',
  })
  let admin: ChildProcess | undefined
  let output = ''
  const stop = async () => {
    if (admin?.pid && admin.exitCode === null) {
      const exited = new Promise((resolve) => admin!.once('exit', resolve))
      // Its own process group: next start and whatever it started go together.
      process.kill(-admin.pid, 'SIGKILL')
      await exited
    }
    rmSync(dir, { recursive: true, force: true })
  }
  const runToEnd = (label: string, args: string[]) => {
    const started = performance.now()
    const tsx = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx')
    const result = spawnSync(tsx, args, { cwd: PROJECT_ROOT, env, encoding: 'utf8' })
    if (result.status !== 0)
      throw new Error(`${label} failed:\n${(result.stdout + result.stderr).slice(-3000)}`)
    log(`${label} in ${seconds(started)}`)
  }
  try {
    await ensureAdminBuild({ log, env })
    runToEnd('demo seeded', ['scripts/seed.ts'])
    runToEnd('every site published', ['scripts/worker.ts', '--all', '--once'])
    runToEnd('monitoring history seeded', ['tools/demo/seed-monitoring-history.ts'])
    const command = adminServerCommand('build', port, {
      SERVER_URL: `http://localhost:${port}`,
      TRUSTED_ORIGINS: undefined,
    })
    admin = spawn(command.command, command.args, {
      cwd: PROJECT_ROOT,
      env: { ...env, ...command.env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    // Read to the end (an unread pipe would stall the server).
    for (const stream of [admin.stdout!, admin.stderr!])
      stream.setEncoding('utf8').on('data', (text: string) => {
        output = (output + text).slice(-1_000_000)
      })
    const started = performance.now()
    const adminUrl = `http://localhost:${port}/admin`
    await waitForHttp(`${adminUrl}/login`, 120_000).catch((error: unknown) => {
      throw new Error(`${String(error)}\n${output.slice(-3000)}`)
    })
    log(`admin (next start) answering in ${seconds(started)}`)
    return { adminUrl, output: () => output, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
