/**
 * nginx as our own child process (`daemon off`), on a private prefix: used by the serving tests
 * (preview server vs nginx parity) and by `npm run test:load`.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createServer, connect } from 'node:net'
import path from 'node:path'

/** Debian's nginx; CI installs the `nginx` package. */
export const NGINX = '/usr/sbin/nginx'
export const hasNginx = () => existsSync(NGINX)

/** A port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.end()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })

/** `nginx -t`: whether nginx accepts a config, with its messages. */
export function nginxTest(conf: string, prefix: string): { ok: boolean; output: string } {
  const result = spawnSync(NGINX, ['-t', '-c', conf, '-p', prefix], { encoding: 'utf8' })
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` }
}

export interface RunningNginx {
  stop(): Promise<void>
}

/**
 * Starts nginx in the foreground (`daemon off`, so it is our child) and waits, in a bounded loop,
 * until it accepts connections on `port`. Stopping sends `nginx -s stop` with the same -c/-p.
 */
export async function startNginx(
  conf: string,
  prefix: string,
  port: number,
): Promise<RunningNginx> {
  const args = ['-c', conf, '-p', prefix]
  const child = spawn(NGINX, [...args, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const errorLog = () => {
    const file = path.join(prefix, 'error.log')
    return existsSync(file) ? readFileSync(file, 'utf8') : ''
  }
  for (let attempt = 0; attempt < 50; attempt++) {
    if (child.exitCode !== null) break
    if (await accepts(port)) {
      return {
        async stop() {
          spawnSync(NGINX, [...args, '-s', 'stop'], { stdio: 'ignore' })
          const timeout = new Promise((r) => setTimeout(r, 5_000, 'timeout'))
          if ((await Promise.race([exited, timeout])) === 'timeout') child.kill('SIGKILL')
        },
      }
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  child.kill('SIGKILL')
  throw new Error(`nginx did not start on port ${port}:\n${stderr}\n${errorLog()}`)
}
