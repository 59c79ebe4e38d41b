import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { PROJECT_ROOT } from '../../../config/paths'

export interface Child {
  name: string
  process: ChildProcess
  output(): string
  exited: Promise<number | string | null>
  /** SIGKILL to its whole process group (tsx runs the script in a child of its own), or another signal to tsx. */
  kill(signal?: NodeJS.Signals): Promise<number | string | null>
}

/** Runs a TypeScript file with tsx as its own process group, collecting what it prints. */
export function startChild(
  name: string,
  script: string,
  args: string[],
  env: Record<string, string>,
): Child {
  const child = spawn(
    path.join(PROJECT_ROOT, 'node_modules/.bin/tsx'),
    [path.join(PROJECT_ROOT, script), ...args],
    { env: { ...process.env, ...env }, detached: true },
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
          // SIGKILL takes the whole group at once; other signals go to tsx, which passes them on.
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
