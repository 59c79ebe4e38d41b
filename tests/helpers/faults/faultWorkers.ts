import { spawn, type ChildProcess } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { PROJECT_ROOT } from '../../../config/paths'
import { childOptionsArgument } from '../../../tools/lib/childOptions'
import { faultWorkerOptions, type FaultWorkerOptions } from './faultWorkerOptions'

export interface FaultWorker {
  child: ChildProcess
  /** What it printed (stdout and stderr). */
  output(): string
  /** Its exit code (or signal), once it exited. */
  exited: Promise<number | string | null>
}

/** Starts tests/helpers/faults/faultWorkerProcess.ts as its own process group. */
export function startFaultWorker(options: FaultWorkerOptions): FaultWorker {
  const child = spawn(
    // Node runs the file itself (see startChild): a SIGTERM reaches the worker, not tsx's relay.
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(PROJECT_ROOT, 'tests/helpers/faults/faultWorkerProcess.ts'),
      childOptionsArgument(faultWorkerOptions, options),
    ],
    { cwd: PROJECT_ROOT, detached: true },
  )
  let out = ''
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()))
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()))
  const exited = new Promise<number | string | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal)),
  )
  return { child, output: () => out, exited }
}

/** Every line the fault workers wrote to their logs under `root`. */
export function workerLines(root: string): string[] {
  return readdirSync(root)
    .filter((f) => /^worker-\d+\.log$/.test(f))
    .flatMap((f) => readFileSync(path.join(root, f), 'utf8').trim().split('\n'))
}

/** Lines that occur more than once (a generation swapped in or recorded twice). */
export function repeated(lines: readonly string[]): string[] {
  const seen = new Set<string>()
  return lines.filter((l) => (seen.has(l) ? true : (seen.add(l), false)))
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Polls `check` until it holds; fails the test with `what` after `timeoutMs`. */
export async function until(
  what: string,
  check: () => boolean | Promise<boolean>,
  timeoutMs = 60_000,
): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(100))
    if (
      await Promise.resolve()
        .then(check)
        .catch(() => false)
    )
      return
  throw new Error(`timed out waiting for ${what}`)
}
