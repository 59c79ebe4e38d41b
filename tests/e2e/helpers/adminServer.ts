import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { servedDemoPlace } from './demo'
import { freePort } from './publishingStack'

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url))
const bin = (name: string) => path.join(repoRoot, 'node_modules', '.bin', name)

export interface AdminServer {
  adminUrl: string
  apiUrl: string
  /** Stops the admin (its whole process group) and deletes its folder. */
  stop(): Promise<void>
}

/**
 * The admin alone (`next dev`) on a fresh copy of the seeded demo: for tests of editing that
 * need no sites and no worker (the publishing stack's worker would only add load).
 */
export async function startAdminServer(log: (line: string) => void): Promise<AdminServer> {
  const root = mkdtempSync(path.join(tmpdir(), 'union-sites-admin-'))
  const port = await freePort()
  const env = {
    ...process.env,
    DATA_DIR: path.join(root, 'data'),
    DATABASE_URI: `file:${path.join(root, 'data', 'union-sites.db')}`,
    LOG_LEVEL: 'warn',
    UNION_SITES_DEV: '1',
    NEXT_TELEMETRY_DISABLED: '1',
    SERVER_URL: `http://localhost:${port}`,
  }
  let child: ChildProcess | undefined
  const stop = async () => {
    try {
      if (child?.pid) process.kill(-child.pid, 'SIGKILL')
    } catch {
      /* already gone */
    }
    rmSync(root, { recursive: true, force: true })
  }
  try {
    const seeded = servedDemoPlace()?.mediaDir
    if (seeded && existsSync(path.join(seeded, '..', 'union-sites.db'))) {
      cpSync(path.dirname(seeded), env.DATA_DIR, { recursive: true })
    } else {
      const result = spawnSync(bin('tsx'), ['scripts/seed.ts'], { cwd: repoRoot, env })
      if (result.status !== 0)
        throw new Error(`seed failed:\n${String(result.stderr).slice(-3000)}`)
    }
    child = spawn(bin('next'), ['dev', 'cms', '--port', String(port)], {
      cwd: repoRoot,
      env,
      detached: true,
      stdio: 'ignore',
    })
    const adminUrl = `http://localhost:${port}/admin`
    const started = performance.now()
    // The first request compiles the admin: a minute or more on two busy cores.
    for (const deadline = Date.now() + 600_000; ;) {
      if (
        await fetch(`${adminUrl}/login`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break
      if (Date.now() > deadline) throw new Error('the admin did not come up in 10 minutes')
      await new Promise((r) => setTimeout(r, 1000))
    }
    log(`admin compiled in ${((performance.now() - started) / 1000).toFixed(1)} s`)
    return { adminUrl, apiUrl: `http://localhost:${port}/api`, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
