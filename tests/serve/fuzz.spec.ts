import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPreviewServer, type PreviewServer } from '../../serving/previewServer'
import { hostileRequest } from './helpers/hostileRequests'
import { rawRequest } from './helpers/rawRequest'

/**
 * Random and hostile requests against the preview server (it listens on the loopback only):
 * the server must answer each one without a 5xx, stay up, and never send a byte of a file
 * outside its two folders. Seeded, so a failure replays; bounded in count and time.
 */
const REQUESTS = 3_000
const SEED = 20_261_206
/** Planted next to the served folders and inside the output folder outside any site. */
const SECRET = `secret-${Math.random().toString(36).slice(2)}-do-not-serve`
const PAGE = '<!DOCTYPE html><title>fuzz</title><p>the home page</p>'

let root: string
let server: PreviewServer

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'union-sites-fuzz-'))
  const outDir = path.join(root, 'sites')
  const mediaDir = path.join(root, 'media')
  const files: Record<string, string> = {
    'sites/site.localhost/index.html': PAGE,
    'sites/site.localhost/news/index.html': '<!DOCTYPE html><title>news</title>',
    'sites/site.localhost/404/index.html': '<!DOCTYPE html><title>404</title>',
    'sites/site.localhost/org/sec/index.html': '<!DOCTYPE html><title>section</title>',
    'sites/_astro/app.css': 'body{color:red}',
    'media/images/logo.png': '\x89PNG\r\n\x1a\n',
    'media/documents/ustav.pdf': '%PDF-1.7\n',
    // Secrets: beside both folders, at the top of the output folder, in a host-like folder name.
    'secret.txt': SECRET,
    'sites/secret.txt': SECRET,
    'sites/.env': SECRET,
    'media-secret.txt': SECRET,
    'sites-secret/index.html': SECRET,
  }
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true })
    writeFileSync(path.join(root, name), text)
  }
  server = await startPreviewServer({ outDir, mediaDir, port: 0 })
}, 30_000)

afterAll(async () => {
  await server?.close()
  if (root) rmSync(root, { recursive: true, force: true })
})

const home = () =>
  rawRequest(
    server.port,
    Buffer.from('GET / HTTP/1.1\r\nHost: site.localhost\r\nConnection: close\r\n\r\n'),
  )

describe('preview server under fuzzing', () => {
  it(`answers ${REQUESTS} random and hostile requests without a 5xx, a crash or a leaked file`, async () => {
    const requests = fc.sample(hostileRequest(), { numRuns: REQUESTS, seed: SEED })
    const problems: string[] = []
    const started = performance.now()
    for (const [i, request] of requests.entries()) {
      const answer = await rawRequest(server.port, request)
      const shown = JSON.stringify(request.toString('latin1').slice(0, 160))
      if (answer.status === 0) problems.push(`no answer to ${shown}`)
      if (answer.status >= 500) problems.push(`${answer.status} for ${shown}`)
      if (answer.raw.includes(SECRET)) problems.push(`secret served for ${shown}`)
      if (i % 500 === 499) {
        const alive = await home()
        if (alive.status !== 200) problems.push(`server down after request ${i}: ${shown}`)
      }
      // One crash makes every later request a timeout: stop early with what we know.
      if (problems.length >= 10) break
    }
    expect(problems).toEqual([])
    const last = await home()
    expect(last.status).toBe(200)
    expect(last.raw.includes(PAGE)).toBe(true)
    // The bound the brief sets: thousands of requests in well under a minute on two cores.
    expect(performance.now() - started).toBeLessThan(90_000)
  }, 120_000)
})
