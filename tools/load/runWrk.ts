import { spawn } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { rotateLua, type LoadRequest } from './rotateScript'
import { parseWrkOutput, type WrkReport } from './wrkReport'

export const WRK = '/usr/bin/wrk'

export interface WrkOptions {
  port: number
  requests: readonly LoadRequest[]
  /** Folder for the Lua script. */
  dir: string
  threads: number
  connections: number
  seconds: number
}

/**
 * `wrk -tT -cC -dDs --latency -s rotate.lua http://127.0.0.1:PORT/`, killed if it overruns its
 * duration by a minute; returns the parsed figures and wrk's own output.
 */
export function runWrk(o: WrkOptions): Promise<{ report: WrkReport; output: string }> {
  if (!existsSync(WRK)) throw new Error('wrk is not installed (apt-get install wrk)')
  const script = path.join(o.dir, 'rotate.lua')
  writeFileSync(script, rotateLua(o.requests))
  const args = [
    ...[`-t${o.threads}`, `-c${o.connections}`, `-d${o.seconds}s`, '--timeout', '5s'],
    ...['--latency', '-s', script, `http://127.0.0.1:${o.port}/`],
  ]
  const child = spawn(WRK, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.setEncoding('utf8').on('data', (t: string) => (output += t))
  child.stderr.setEncoding('utf8').on('data', (t: string) => (output += t))
  const timer = setTimeout(() => child.kill('SIGKILL'), (o.seconds + 60) * 1000)
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      if (code !== 0) return reject(new Error(`wrk exited with ${code}:\n${output}`))
      try {
        resolve({ report: parseWrkOutput(output), output })
      } catch (error) {
        reject(error as Error)
      }
    })
  })
}
