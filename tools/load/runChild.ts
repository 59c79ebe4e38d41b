import { spawn } from 'node:child_process'
import path from 'node:path'
import { PROJECT_ROOT } from '../../config/paths'

/**
 * Runs a script of this folder in its own Node process (`node --import tsx`, one process, so a
 * kill reaches it), passing its indented lines through and returning the JSON of its
 * `RESULT {…}` line; `args` (its options, see childOptions.ts) follow the script. Fails with the end of its output when it exits without one, or when it
 * outlives `timeoutMs` (then it is killed).
 */
export function runChild<T>(
  script: string,
  env: Record<string, string>,
  timeoutMs: number,
  args: readonly string[] = [],
): Promise<T> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(PROJECT_ROOT, script), ...args],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let result: T | undefined
  let tail = ''
  let pending = ''
  child.stdout.setEncoding('utf8').on('data', (text: string) => {
    const lines = (pending + text).split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines) {
      if (line.startsWith('RESULT ')) result = JSON.parse(line.slice(7)) as T
      else if (line.startsWith('  ')) console.log(line)
      else tail = (tail + line + '\n').slice(-4000)
    }
  })
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    tail = (tail + text).slice(-4000)
  })
  // SIGTERM first: the child stops the servers it started; SIGKILL if it does not end.
  const timer = setTimeout(() => {
    tail += `\n(stopped after ${timeoutMs / 1000} s)`
    child.kill('SIGTERM')
    setTimeout(() => child.kill('SIGKILL'), 30_000).unref()
  }, timeoutMs)
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      if (result !== undefined && code === 0) resolve(result)
      else reject(new Error(`${path.basename(script)} failed (exit ${code}):\n${tail}`))
    })
  })
}
