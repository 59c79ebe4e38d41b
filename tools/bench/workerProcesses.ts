import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { PROJECT_ROOT } from '../../config/paths'

export interface WorkerProcesses {
  /** Peak resident memory of each worker process so far, in MB (VmHWM from /proc). */
  peakRssMb(): number[]
  stop(): Promise<void>
}

function vmHwmMb(pid: number | undefined): number {
  try {
    const kib = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    return kib ? Math.round(Number(kib) / 1024) : NaN
  } catch {
    return NaN
  }
}

/**
 * Starts `count` publishing workers as `npm run worker` runs them (scripts/worker.ts), on the
 * same database and live folder, and resolves once each has booted. Node runs the script with
 * tsx as a loader rather than through the tsx CLI, so that each worker is ONE process whose
 * peak memory /proc can tell.
 */
export async function startWorkerProcesses(
  count: number,
  env: Record<string, string>,
  timeoutMs = 180_000,
): Promise<WorkerProcesses> {
  const children: ChildProcess[] = []
  // One after another: on SQLite each worker pushes the schema at start, and two pushes at once
  // collide on the database lock.
  for (let i = 0; i < count; i++) {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts/worker.ts')],
      { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    children.push(child)
    const booted = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('a worker did not start')), timeoutMs)
      child.on('exit', (code) => reject(new Error(`worker ${i + 1} exited (${code})`)))
      child.stdout!.setEncoding('utf8').on('data', (text: string) => {
        for (const line of text.split('\n').filter(Boolean)) {
          if (line.startsWith('Publishing worker')) {
            clearTimeout(timer)
            resolve()
          } else if (/batch failed|failed/.test(line)) console.log(`    worker ${i + 1}: ${line}`)
        }
      })
      // Payload's warnings (no e-mail adapter…) are not the benchmark's business; errors are.
      child.stderr!.setEncoding('utf8').on('data', (text: string) => {
        if (/error/i.test(text) && !/"level":40/.test(text))
          console.log(`    worker ${i + 1}: ${text.trim().slice(0, 500)}`)
      })
    })
    try {
      await booted
    } catch (error) {
      for (const c of children) c.kill('SIGKILL')
      throw error
    }
    child.removeAllListeners('exit')
  }
  return {
    peakRssMb: () => children.map((c) => vmHwmMb(c.pid)),
    async stop() {
      // SIGTERM lets a worker finish its batch and close its database connections.
      await Promise.all(
        children.map(
          (child) =>
            new Promise<void>((resolve) => {
              if (child.exitCode !== null) return resolve()
              const force = setTimeout(() => child.kill('SIGKILL'), 60_000)
              child.once('exit', () => {
                clearTimeout(force)
                resolve()
              })
              child.kill('SIGTERM')
            }),
        ),
      )
    },
  }
}
