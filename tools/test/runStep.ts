import { spawn } from 'node:child_process'

export interface Step {
  label: string
  cmd: string
  args: string[]
  env?: Record<string, string>
  /** Run at this lower CPU priority (`nice -n`): a suite with generous timeouts gives way. */
  nice?: number
}

export interface StepResult {
  label: string
  ok: boolean
  seconds: number
}

/**
 * Runs one step of `npm test`. Steps that run side by side keep their output until they end and
 * print it in one piece (`buffered`), so that the log reads step by step and not interleaved.
 */
export function runStep(step: Step, buffered = false): Promise<StepResult> {
  const started = performance.now()
  console.log(`\n▶ ${step.label}${buffered ? ' (started; its output follows when it ends)' : ''}`)
  const chunks: Buffer[] = []
  const [cmd, args] = step.nice
    ? ['nice', ['-n', String(step.nice), step.cmd, ...step.args]]
    : [step.cmd, step.args]
  const child = spawn(cmd, args, {
    stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: { ...process.env, ...step.env },
  })
  child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk))
  child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk))
  return new Promise((resolve) => {
    let finished = false
    const done = (ok: boolean, why = '') => {
      if (finished) return // 'error' (spawn failed) may be followed by 'close'
      finished = true
      const seconds = (performance.now() - started) / 1000
      if (buffered) console.log(`\n▼ ${step.label}\n${Buffer.concat(chunks).toString('utf8')}`)
      console.log(`${ok ? '✔' : '✘'} ${step.label} (${seconds.toFixed(1)} s)${why}`)
      resolve({ label: step.label, ok, seconds })
    }
    child.once('error', (error) => done(false, `: ${error.message}`))
    child.once('close', (code) => done(code === 0))
  })
}
