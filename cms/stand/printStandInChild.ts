import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PROJECT_ROOT } from '../../config/paths'

/** A stand takes a few seconds; one stuck Chromium must not hold the admin's request for ever. */
const TIMEOUT_MS = 180_000

let queue: Promise<unknown> = Promise.resolve()

/**
 * Prints one org's stand of one week in a child process (`scripts/stand-week.ts`): the renderer
 * and Chromium live in publishing/, which the CMS may not import (the layers run one way), and a
 * child keeps their memory and any crash out of the admin server. One at a time per server: an
 * editor's click waits for the one before it rather than starting a second Chromium.
 */
export function printStandInChild(orgId: string, label: string): Promise<Buffer> {
  const run = queue.then(() => printOnce(orgId, label))
  queue = run.catch(() => undefined)
  return run
}

async function printOnce(orgId: string, label: string): Promise<Buffer> {
  const dir = await mkdtemp(path.join(tmpdir(), 'union-sites-stand-'))
  const out = path.join(dir, 'stand.pdf')
  try {
    await new Promise<void>((resolve, reject) => {
      const tsx = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx')
      const script = path.join(PROJECT_ROOT, 'scripts', 'stand-week.ts')
      const child = spawn(tsx, [script, '--org', orgId, '--week', label, '--out', out], {
        cwd: PROJECT_ROOT,
        stdio: ['ignore', 'ignore', 'pipe'],
      })
      let errors = ''
      child.stderr.on(
        'data',
        (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-2000)),
      )
      const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS)
      child.on('error', reject)
      child.on('close', (code) => {
        clearTimeout(timer)
        if (code === 0) resolve()
        else reject(new Error(`stand-week exited with ${code}: ${errors}`))
      })
    })
    return await readFile(out)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
