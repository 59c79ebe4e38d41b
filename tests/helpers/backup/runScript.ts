import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../../../config/paths'

export interface ScriptRun {
  code: number | null
  stdout: string
  stderr: string
}

/**
 * Runs one of scripts/*.ts as `npm run` would, in its own process: each has its own Payload
 * (Payload keeps one instance per config in a process), and the CLI itself is under test.
 */
export function runScript(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<ScriptRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join('scripts', script), ...args], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        PAYLOAD_SECRET: 'integration-test-secret',
        LOG_LEVEL: 'warn',
        ...env,
      },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

/** The run's output, for an assertion's message. */
export const output = (run: ScriptRun) =>
  `exit ${run.code}\n${run.stdout}\n${run.stderr}`.slice(-4000)
