import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { superviseChild, type SupervisedChild } from '../../tools/lib/superviseChild'
import { httpGet } from './helpers/httpGet'
import { freePort } from './helpers/nginxProcess'

/**
 * `npm start` runs the sites' preview server as a supervised child of the process that holds
 * the publishing worker (scripts/start.ts). These tests do the same with the real serve.ts:
 * killing the server does not touch this process, and the server comes back.
 */
const node = process.execPath
const until = async (check: () => boolean | Promise<boolean>, ms = 20_000) => {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error('condition not met in time')
}
const running: SupervisedChild[] = []
afterAll(async () => {
  await Promise.all(running.map((child) => child.stop(1_000)))
})

describe('superviseChild', () => {
  it('restarts a child that dies, with a log line, and stops it for good on stop()', async () => {
    const lines: string[] = []
    const child = superviseChild({
      name: 'sleeper',
      command: node,
      args: ['-e', 'setInterval(() => {}, 1000)'],
      delayMs: 10,
      log: (line) => lines.push(line),
    })
    running.push(child)
    await until(() => child.pid !== undefined)
    const first = child.pid!
    process.kill(first, 'SIGKILL')
    await until(() => child.pid !== undefined && child.pid !== first)
    expect(child.restarts).toBe(1)
    expect(lines).toEqual(['sleeper stopped (signal SIGKILL); restarting it (restart 1).'])
    await child.stop()
    expect(child.pid).toBeUndefined()
    await new Promise((r) => setTimeout(r, 100))
    expect(child.pid).toBeUndefined()
  })

  it('gives up after too many exits within the window, and says so', async () => {
    const lines: string[] = []
    let gaveUp = 0
    const child = superviseChild({
      name: 'crasher',
      command: node,
      args: ['-e', 'process.exit(3)'],
      maxRestarts: 2,
      delayMs: 10,
      log: (line) => lines.push(line),
      onGiveUp: () => gaveUp++,
    })
    running.push(child)
    await until(() => gaveUp > 0)
    await new Promise((r) => setTimeout(r, 200))
    expect(gaveUp).toBe(1)
    expect(child.restarts).toBe(2)
    expect(lines.at(-1)).toBe(
      'crasher stopped (code 3) 3 times within 60 s: not restarting it again.',
    )
  })
})

describe("npm start's split: the preview server in its own process", () => {
  const root = mkdtempSync(path.join(tmpdir(), 'union-sites-split-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('comes back after being killed, while this process (the worker) carries on', async () => {
    const outDir = path.join(root, 'sites')
    mkdirSync(path.join(outDir, 'site.localhost'), { recursive: true })
    writeFileSync(path.join(outDir, 'site.localhost', 'index.html'), '<!DOCTYPE html><p>v1')
    const port = await freePort()
    const serve = path.resolve('scripts/serve-sites.ts')
    const server = superviseChild({
      name: 'preview',
      command: node,
      args: ['--import', 'tsx', serve, '--quiet', '--out-dir', outDir, '--port', String(port)],
      env: { ...process.env, MEDIA_DIR: path.join(root, 'media') },
      delayMs: 10,
      log: () => undefined,
    })
    running.push(server)
    const answers = () =>
      httpGet(port, 'site.localhost', '/').then(
        (a) => a.status === 200,
        () => false,
      )
    await until(answers)
    process.kill(server.pid!, 'SIGKILL')
    // "Publishing" goes on in this process while the server is down…
    writeFileSync(path.join(outDir, 'site.localhost', 'index.html'), '<!DOCTYPE html><p>v2')
    // …and the server is back, serving what was published meanwhile.
    await until(answers)
    expect((await httpGet(port, 'site.localhost', '/')).body.toString()).toContain('v2')
    expect(server.restarts).toBe(1)
  }, 60_000)
})
