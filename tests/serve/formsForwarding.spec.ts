import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir, userInfo } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FORMS_MAX_BODY_BYTES, formsTarget } from '../../serving/formsPaths'
import { nginxConfig } from '../../serving/nginxConfig'
import { SECURITY_HEADERS } from '../../serving/policy'
import { startPreviewServer, type PreviewServer } from '../../serving/previewServer'
import { freePort, hasNginx, startNginx, type RunningNginx } from './helpers/nginxProcess'

/**
 * The feedback form's forwarding (issue 16): `/_forms/*` of every site, on the preview server
 * and on nginx with the generated config, reaches a stub CMS on 127.0.0.1 at `/api/forms/*`
 * with the reader's Host and address, without cookies, the body bounded; a CMS that does not
 * answer is a Russian 502 page.
 */
interface Received {
  method: string
  url: string
  headers: IncomingHttpHeaders
  body: Buffer
}

interface Answer {
  status: number
  headers: IncomingHttpHeaders
  body: string
}

function send(
  port: number,
  host: string,
  target: string,
  options: { method?: string; headers?: Record<string, string>; body?: Buffer } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: target,
        method: options.method ?? 'GET',
        headers: { ...options.headers, host },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        )
      },
    )
    req.setTimeout(10_000, () => req.destroy(new Error(`timeout: ${host}${target}`)))
    // The server may answer 413 and close before the whole body is written.
    req.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error),
    )
    req.end(options.body)
  })
}

const BOUNDARY = '----union-sites-test'
const MULTIPART = Buffer.from(
  [
    `--${BOUNDARY}`,
    'Content-Disposition: form-data; name="message"',
    '',
    'Прошу разъяснить порядок оплаты сверхурочной работы.',
    `--${BOUNDARY}--`,
    '',
  ].join('\r\n'),
)

let stub: Server
let stubPort: number
let received: Received[] = []
let preview: PreviewServer
let root: string

beforeAll(async () => {
  stub = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      received.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks),
      })
      if (req.url?.startsWith('/api/forms/challenge')) {
        res.writeHead(200, { 'Content-Type': 'application/json', 'Set-Cookie': 'x=1' })
        res.end('{"challenge":"c"}')
        return
      }
      res.writeHead(303, { Location: '/feedback/sent/', 'Content-Length': 0 })
      res.end()
    })
  })
  await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', () => resolve()))
  stubPort = (stub.address() as AddressInfo).port
  root = mkdtempSync(path.join(tmpdir(), 'union-sites-forms-'))
  for (const host of ['zarechnaya.localhost', 'ugleprof.localhost']) {
    mkdirSync(path.join(root, 'out', host), { recursive: true })
    writeFileSync(path.join(root, 'out', host, 'index.html'), '<!DOCTYPE html>')
  }
  mkdirSync(path.join(root, 'media'))
  preview = await startPreviewServer({
    outDir: path.join(root, 'out'),
    mediaDir: path.join(root, 'media'),
    port: 0,
    formsUpstream: `http://127.0.0.1:${stubPort}`,
  })
})

afterAll(async () => {
  await preview?.close()
  await new Promise((resolve) => stub?.close(resolve))
  if (root) rmSync(root, { recursive: true, force: true })
})

describe('formsTarget', () => {
  it('maps a site’s and a section’s forms paths to the CMS, nothing else', () => {
    expect(formsTarget('/_forms/inquiry')).toEqual({ base: '', upstreamPath: '/api/forms/inquiry' })
    expect(formsTarget('/org/severny/_forms/challenge?a=1')).toEqual({
      base: '/org/severny',
      upstreamPath: '/api/forms/challenge?a=1',
    })
    for (const bad of [
      '/_forms/',
      '/_forms/../users',
      '/_forms/a/b',
      '/x/_forms/inquiry',
      '/_forms/%2e%2e',
    ])
      expect(formsTarget(bad), bad).toBeNull()
  })
})

/** The same checks against the preview server and against nginx. */
function forwardingChecks(port: () => number, name: string) {
  it(`${name}: a post reaches the CMS with the Host, the reader's address, no cookie, the same body`, async () => {
    received = []
    const answer = await send(port(), 'zarechnaya.localhost:4321', '/_forms/inquiry', {
      method: 'POST',
      headers: {
        'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
        'content-length': String(MULTIPART.length),
        accept: 'text/html',
        cookie: 'payload-token=admin-session',
        'x-forwarded-for': '203.0.113.9',
        'x-forwarded-host': 'evil.example',
      },
      body: MULTIPART,
    })
    expect([answer.status, answer.headers.location]).toEqual([303, '/feedback/sent/'])
    expect(answer.headers['content-security-policy']).toBe(
      SECURITY_HEADERS['Content-Security-Policy'],
    )
    expect(received).toHaveLength(1)
    const [got] = received
    expect([got!.method, got!.url]).toEqual(['POST', '/api/forms/inquiry'])
    expect(got!.headers['x-forwarded-host']).toBe('zarechnaya.localhost:4321')
    expect(got!.headers['x-forwarded-for']).toBe('127.0.0.1')
    expect(got!.headers['x-forwarded-prefix']).toBeUndefined()
    expect(got!.headers.cookie).toBeUndefined()
    expect(got!.headers['content-type']).toBe(`multipart/form-data; boundary=${BOUNDARY}`)
    expect(got!.body.equals(MULTIPART)).toBe(true)
  })

  it(`${name}: a section site's challenge, with its base and query; no cookie comes back`, async () => {
    received = []
    const answer = await send(port(), 'ugleprof.localhost', '/org/severny/_forms/challenge?t=1', {
      headers: { accept: 'application/json' },
    })
    expect(answer.status).toBe(200)
    expect(JSON.parse(answer.body)).toEqual({ challenge: 'c' })
    expect(answer.headers['set-cookie']).toBeUndefined()
    expect(received.map((r) => [r.method, r.url, r.headers['x-forwarded-prefix']])).toEqual([
      ['GET', '/api/forms/challenge?t=1', '/org/severny'],
    ])
    expect(received[0]!.headers['x-forwarded-host']).toBe('ugleprof.localhost')
  })

  it(`${name}: a body over the limit is 413 and never reaches the CMS`, async () => {
    received = []
    const body = Buffer.alloc(FORMS_MAX_BODY_BYTES + 1024, 0x61)
    const answer = await send(port(), 'zarechnaya.localhost', '/_forms/inquiry', {
      method: 'POST',
      headers: {
        'content-type': 'multipart/form-data; boundary=x',
        'content-length': String(body.length),
      },
      body,
    })
    expect(answer.status).toBe(413)
    expect(answer.body).toContain('Слишком большой запрос')
    expect(received).toEqual([])
  })

  it(`${name}: no method but GET and POST; no path outside the form names`, async () => {
    received = []
    const put = await send(port(), 'zarechnaya.localhost', '/_forms/inquiry', { method: 'PUT' })
    expect([403, 405]).toContain(put.status)
    const odd = await send(port(), 'zarechnaya.localhost', '/_forms/inquiry/../../api/users')
    expect(odd.status).toBe(404)
    expect(received).toEqual([])
  })
}

describe('the preview server forwards /_forms/ to the CMS', () => {
  forwardingChecks(() => preview.port, 'preview')

  it('a CMS that does not answer: a Russian 502 page (JSON to the script), with the CSP', async () => {
    const down = await startPreviewServer({
      outDir: path.join(root, 'out'),
      mediaDir: path.join(root, 'media'),
      port: 0,
      formsUpstream: `http://127.0.0.1:${await freePort()}`,
    })
    try {
      const page = await send(down.port, 'zarechnaya.localhost', '/_forms/inquiry', {
        method: 'POST',
        body: MULTIPART,
      })
      expect(page.status).toBe(502)
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
      expect(page.body).toContain('<html lang="ru">')
      expect(page.body).toContain('Сервис обращений недоступен')
      expect(page.headers['content-security-policy']).toBe(
        SECURITY_HEADERS['Content-Security-Policy'],
      )
      const json = await send(down.port, 'zarechnaya.localhost', '/_forms/inquiry', {
        method: 'POST',
        headers: { accept: 'application/json' },
        body: MULTIPART,
      })
      expect(json.status).toBe(502)
      expect(JSON.parse(json.body)).toMatchObject({
        ok: false,
        message: expect.stringMatching(/не отвечает/),
      })
    } finally {
      await down.close()
    }
  })
})

if (!hasNginx()) console.warn('\nnginx forms tests SKIPPED: /usr/sbin/nginx is absent.\n')

describe.skipIf(!hasNginx())('nginx forwards /_forms/ to the CMS (generated config)', () => {
  let nginx: RunningNginx | undefined
  let port = 0
  const start = async (upstream: string | undefined, name: string) => {
    const listen = await freePort()
    const prefix = path.join(root, name)
    mkdirSync(prefix)
    const conf = path.join(prefix, 'nginx.conf')
    const user = process.getuid?.() === 0 ? userInfo().username : undefined
    writeFileSync(
      conf,
      nginxConfig({
        outDir: path.join(root, 'out'),
        mediaDir: path.join(root, 'media'),
        networkDomains: ['localhost'],
        hosts: ['zarechnaya.localhost', 'ugleprof.localhost'],
        listen: [`127.0.0.1:${listen}`],
        standalone: { prefix, user },
        formsUpstream: upstream,
      }),
    )
    return { server: await startNginx(conf, prefix, listen), port: listen }
  }

  beforeAll(async () => {
    const started = await start(`http://127.0.0.1:${stubPort}`, 'nginx')
    nginx = started.server
    port = started.port
  }, 30_000)
  afterAll(async () => nginx?.stop())

  forwardingChecks(() => port, 'nginx')

  it('nginx: a CMS that does not answer, or none configured: the same Russian 502 page', async () => {
    for (const [upstream, name] of [
      [`http://127.0.0.1:${await freePort()}`, 'nginx-down'],
      [undefined, 'nginx-none'],
    ] as const) {
      const other = await start(upstream, name)
      try {
        const page = await send(other.port, 'zarechnaya.localhost', '/_forms/inquiry', {
          method: 'POST',
          body: MULTIPART,
        })
        expect(page.status, name).toBe(502)
        expect(page.body, name).toContain('Сервис обращений недоступен')
        expect(page.headers['content-security-policy'], name).toBe(
          SECURITY_HEADERS['Content-Security-Policy'],
        )
      } finally {
        await other.server.stop()
      }
    }
  }, 30_000)
})
