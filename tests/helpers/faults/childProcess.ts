import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { PROJECT_ROOT } from '../../../config/paths'

export interface Child {
  name: string
  process: ChildProcess
  output(): string
  exited: Promise<number | string | null>
  /** SIGKILL to its whole process group, or another signal to the process. */
  kill(signal?: NodeJS.Signals): Promise<number | string | null>
}

/**
 * Runs a TypeScript file as its own process group, collecting what it prints. Node itself runs
 * the file (`--import tsx`), not the tsx command: that one relays a SIGTERM to its child and,
 * when the child does not acknowledge it within 30 ms (a busy event loop on a loaded machine),
 * kills it with SIGKILL and exits 143 — a clean shutdown the test asked for, reported as a crash.
 */
export function startChild(
  name: string,
  script: string,
  args: string[],
  env: Record<string, string>,
): Child {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(PROJECT_ROOT, script), ...args],
    { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, detached: true },
  )
  let out = ''
  child.stdout!.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-20_000)))
  child.stderr!.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-20_000)))
  const exited = new Promise<number | string | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal)),
  )
  return {
    name,
    process: child,
    output: () => out,
    exited,
    kill(signal = 'SIGKILL') {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          // SIGKILL takes the whole group at once (the process and anything it started).
          if (signal === 'SIGKILL') process.kill(-child.pid!, signal)
          else child.kill(signal)
        } catch {
          // already gone
        }
      }
      return exited
    },
  }
}
