import { spawn } from 'node:child_process'
import path from 'node:path'
import { PROJECT_ROOT } from '../../config/paths'
import type { DigestWeek } from '../../domain/mailings/digestWeek'
import type { MailingStats } from './mailingRun'

/**
 * The sender's old-generation heap. Its live heap stays near 130 MB whatever the size of the run
 * (sendDigests.ts keeps only the sites at hand); without a bound V8 lets garbage pile up to
 * several hundred MB before collecting, which on a Monday would land in the admin server.
 */
export const DIGEST_SENDER_HEAP_MB = 320

export interface DigestChildResult extends MailingStats {
  /** The sender's peak resident memory. */
  peakRssMb: number
}

export interface DigestChildOptions {
  /** Variables set for the sender beside the server's own (the bench's SMTP sink and rate). */
  env?: Record<string, string>
  /** The sender's progress, every few seconds. */
  onProgress?: (progress: DigestChildResult) => void
}

/**
 * Sends `week`'s digest from a child process (`scripts/send-digest.ts`) with a bounded heap, so a
 * run over 100,000 subscriptions neither grows the admin server (the job runner's home) nor takes
 * it down. A child that dies leaves the delivery log consistent; the job's retry and the next
 * quarter-hour's schedule finish the week.
 */
export function sendDigestsInChild(
  week: DigestWeek,
  options: DigestChildOptions = {},
): Promise<DigestChildResult> {
  const tsx = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx')
  const script = path.join(PROJECT_ROOT, 'scripts', 'send-digest.ts')
  const nodeOptions = [process.env.NODE_OPTIONS, `--max-old-space-size=${DIGEST_SENDER_HEAP_MB}`]
  const child = spawn(tsx, [script, '--week', week.from.toISOString()], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      ...options.env,
      NODE_OPTIONS: nodeOptions.filter(Boolean).join(' '),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return new Promise((resolve, reject) => {
    let result: DigestChildResult | undefined
    let errors = ''
    let partial = ''
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString()).split('\n')
      partial = lines.pop() ?? ''
      for (const line of lines) {
        if (line.startsWith('RESULT ')) result = JSON.parse(line.slice(7)) as DigestChildResult
        else if (line.startsWith('{"progress"'))
          options.onProgress?.((JSON.parse(line) as { progress: DigestChildResult }).progress)
      }
    })
    child.stderr.on('data', (chunk: Buffer) => {
      errors = (errors + chunk.toString()).slice(-4000)
    })
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0 && result) resolve(result)
      else reject(new Error(`send-digest exited with ${code}: ${errors}`))
    })
  })
}
