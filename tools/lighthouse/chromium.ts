import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { CHROMIUM_FLAGS, chromiumPath } from '../../config/chromium'

export interface DebuggableChromium {
  /** The DevTools port Lighthouse connects to. */
  port: number
  close(): void
}

/**
 * Debian's Chromium with a DevTools port, in a throw-away profile. Chromium picks the port itself
 * (`--remote-debugging-port=0`) and prints it, so there is no race for a free one.
 */
export function launchChromium(executable = chromiumPath()): Promise<DebuggableChromium> {
  const profile = mkdtempSync(path.join(tmpdir(), 'union-sites-chromium-'))
  const child = spawn(
    executable,
    [...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  const close = () => {
    child.kill('SIGKILL')
    rmSync(profile, { recursive: true, force: true })
  }
  return new Promise((resolve, reject) => {
    let stderr = ''
    const timer = setTimeout(() => {
      close()
      reject(new Error(`Chromium printed no DevTools address in 30 s:\n${stderr.slice(-2000)}`))
    }, 30_000)
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer)
      close()
      reject(
        error.code === 'ENOENT'
          ? new Error(
              `No Chromium at ${executable} (apt-get install chromium, or set CHROMIUM_PATH).`,
            )
          : error,
      )
    })
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
      const port = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr)?.[1]
      if (port) {
        clearTimeout(timer)
        resolve({ port: Number(port), close })
      }
    })
  })
}
