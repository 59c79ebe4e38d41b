import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs'
import path from 'node:path'

export interface ProcessLock {
  release(): void
}

export interface LockOptions {
  /** How long to wait for another process's lock before giving up. */
  timeoutMs: number
  /** Told once, when the lock is held by another live process. */
  onWait?: (holderPid: number) => void
  pollMs?: number
}

/** Whether a process of this machine is running (signal 0 checks without sending anything). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function holder(file: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8'), 10)
    return Number.isInteger(pid) && pid > 0 ? pid : undefined
  } catch {
    return undefined
  }
}

/**
 * A lock between the processes of one machine: a file created exclusively (`wx`), holding the
 * owner's pid. A lock whose owner died (a killed `npm start`) is taken over rather than waited
 * for; a live owner is waited for in a bounded loop. The file goes when the owner releases it or
 * exits. (Two processes taking over the same dead owner's lock at the same instant could both
 * win; the owners here are people's `npm start`s and test runs, seconds apart at the least.)
 */
export async function acquireProcessLock(file: string, options: LockOptions): Promise<ProcessLock> {
  mkdirSync(path.dirname(file), { recursive: true })
  const deadline = Date.now() + options.timeoutMs
  let told = false
  for (;;) {
    let fd: number | undefined
    try {
      fd = openSync(file, 'wx')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    if (fd !== undefined) {
      writeSync(fd, String(process.pid))
      closeSync(fd)
      const release = () => {
        process.off('exit', release)
        if (holder(file) === process.pid) rmSync(file, { force: true })
      }
      process.on('exit', release)
      return { release }
    }
    const pid = holder(file)
    // No pid yet: its owner is between creating and writing the file; look again shortly.
    if (pid !== undefined && !alive(pid)) {
      rmSync(file, { force: true })
      continue
    }
    if (Date.now() > deadline)
      throw new Error(
        `${file} is still held by process ${pid ?? '?'} after ${Math.round(options.timeoutMs / 1000)} s`,
      )
    if (!told && pid !== undefined) options.onWait?.(pid)
    told ||= pid !== undefined
    await new Promise((r) => setTimeout(r, options.pollMs ?? 1000))
  }
}
