import { spawn } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { PROJECT_ROOT } from '../../config/paths'
import { adminSourcesHash } from './adminSourcesHash'
import { acquireProcessLock } from './processLock'

/**
 * `next build cms` writes here; `next start cms` serves it. Next 16's `next dev` keeps its own
 * output in `.next/dev`, so a developer's dev server and this build no longer overwrite each
 * other.
 */
export const ADMIN_BUILD_DIR = path.join(PROJECT_ROOT, 'cms', '.next')
/** Beside the build: the hash of the sources it was made from. */
const STAMP = path.join(ADMIN_BUILD_DIR, 'union-sites-build.json')
/** Outside the build folder, which `next build` empties first. */
const LOCK = path.join(PROJECT_ROOT, 'node_modules', '.cache', 'union-sites', 'admin-build.lock')

const stampSchema = z.object({
  sourcesHash: z.string(),
  builtAt: z.string(),
  buildSeconds: z.number(),
})
export type AdminBuildStamp = z.infer<typeof stampSchema>

export interface EnsureAdminBuildOptions {
  /** One line per step: what is done and how long it took. */
  log: (line: string) => void
  /** The build's own output as it comes (npm start shows it); without it only its end is kept. */
  output?: (text: string) => void
  /** Added to the build's environment (nothing of it is baked in: the admin reads config/ as it runs). */
  env?: NodeJS.ProcessEnv
  /** How long to wait for another process's build (default 30 min). */
  lockTimeoutMs?: number
}

export interface AdminBuildResult {
  /** Whether this call built (false: the build on disk was made from the same sources). */
  built: boolean
  seconds: number
  sourcesHash: string
}

function readStamp(): AdminBuildStamp | undefined {
  try {
    // BUILD_ID is Next's last file of a finished build: a stamp without it is a broken build.
    if (!existsSync(path.join(ADMIN_BUILD_DIR, 'BUILD_ID'))) return undefined
    return stampSchema.parse(JSON.parse(readFileSync(STAMP, 'utf8')))
  } catch {
    return undefined
  }
}

const secondsSince = (start: number) => (performance.now() - start) / 1000

function runNextBuild(options: EnsureAdminBuildOptions): Promise<void> {
  const child = spawn(path.join(PROJECT_ROOT, 'node_modules', '.bin', 'next'), ['build', 'cms'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...options.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let tail = ''
  const take = (text: string) => {
    tail = (tail + text).slice(-6000)
    options.output?.(text)
  }
  child.stdout.setEncoding('utf8').on('data', take)
  child.stderr.setEncoding('utf8').on('data', take)
  // Our own end takes the build with it (an interrupted build leaves no stamp, so it is redone).
  const onExit = () => child.kill('SIGKILL')
  process.once('exit', onExit)
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code, signal) => {
      process.off('exit', onExit)
      if (code === 0) resolve()
      else reject(new Error(`next build cms failed (${signal ?? code}):\n${tail.slice(-3000)}`))
    })
  })
}

/**
 * Makes sure cms/.next holds a production build of the admin for the sources as they are now:
 * builds it (minutes on two cores) only when the sources' hash differs from the one stored with
 * the build, under a lock, so that two processes (npm start, the e2e tests) never build at once
 * and the second one reuses the first one's build.
 */
export async function ensureAdminBuild(
  options: EnsureAdminBuildOptions,
): Promise<AdminBuildResult> {
  const start = performance.now()
  const sourcesHash = adminSourcesHash()
  if (readStamp()?.sourcesHash === sourcesHash) {
    options.log(
      `Admin build up to date (sources ${sourcesHash.slice(0, 12)}; checked in ${secondsSince(start).toFixed(1)} s)`,
    )
    return { built: false, seconds: secondsSince(start), sourcesHash }
  }
  const lock = await acquireProcessLock(LOCK, {
    timeoutMs: options.lockTimeoutMs ?? 30 * 60_000,
    onWait: (pid) => options.log(`Waiting for the admin build of process ${pid}…`),
  })
  try {
    // The build we waited for may be ours.
    if (readStamp()?.sourcesHash === sourcesHash) {
      options.log(`Admin built by another process (${secondsSince(start).toFixed(1)} s)`)
      return { built: false, seconds: secondsSince(start), sourcesHash }
    }
    const stamp = readStamp()
    options.log(
      stamp
        ? `Admin sources changed since the build of ${stamp.builtAt}: next build cms (took ${Math.round(stamp.buildSeconds)} s last time)…`
        : 'No admin build for these sources: next build cms (a few minutes on two cores)…',
    )
    const buildStart = performance.now()
    await runNextBuild(options)
    const buildSeconds = secondsSince(buildStart)
    // The hash of before the build: an edit made meanwhile shows as a difference next time.
    const written: AdminBuildStamp = {
      sourcesHash,
      builtAt: new Date().toISOString(),
      buildSeconds,
    }
    writeFileSync(STAMP, JSON.stringify(written, null, 2))
    options.log(`Admin built in ${buildSeconds.toFixed(1)} s`)
    return { built: true, seconds: secondsSince(start), sourcesHash }
  } finally {
    lock.release()
  }
}
