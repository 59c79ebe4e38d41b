import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir, userInfo } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseAccessLine, type AccessLogEntry } from '../../domain/visits/accessLogLine'
import { nginxConfig } from '../../serving/nginxConfig'
import { startPreviewServer, type PreviewServer } from '../../serving/previewServer'
import { httpGet } from './helpers/httpGet'
import { freePort, hasNginx, startNginx, type RunningNginx } from './helpers/nginxProcess'

/** The sites' access log (issue 18): no client address on disk, one format in nginx and preview. */
const base = {
  outDir: '/srv/union-sites/sites',
  mediaDir: '/srv/union-sites/data/uploads',
  hosts: ['mosfed.ru', 'mgo.mosfed.ru', 'profkom-school.ru'],
  networkDomains: ['mosfed.ru'],
}

/** Every `server { … }` block of a config, as text. */
function servers(config: string): string[] {
  const blocks: string[] = []
  for (let at = config.indexOf('server {'); at >= 0; at = config.indexOf('server {', at + 1)) {
    let depth = 0
    for (let i = config.indexOf('{', at); i < config.length; i++) {
      if (config[i] === '{') depth++
      if (config[i] === '}' && --depth === 0) {
        blocks.push(config.slice(at, i + 1))
        break
      }
    }
  }
  return blocks
}

describe('nginx config: the union_sites access log', () => {
  const config = nginxConfig(base)

  it('defines the documented format and never logs an address', () => {
    expect(config).toContain('log_format union_sites')
    expect(config).toContain(
      `'$time_iso8601 $host - "$request_method $union_sites_path" $status $body_bytes_sent '`,
    )
    for (const variable of [
      '$remote_addr',
      '$proxy_add_x_forwarded_for',
      '$http_x_forwarded_for',
      '$binary_remote_addr',
      '$realip_remote_addr',
      '$http_cookie',
      '$request_uri"',
      '$args',
      '$query_string',
    ])
      expect(config).not.toContain(variable)
  })

  it('gives every server its own access_log in that format (the inherited ones carry addresses)', () => {
    const blocks = servers(config)
    expect(blocks).toHaveLength(3)
    for (const block of blocks)
      expect(block).toContain('access_log "/var/log/nginx/union-sites.access.log" union_sites;')
    const custom = nginxConfig({ ...base, accessLog: '/srv/logs/sites.log' })
    expect(custom).toContain('access_log "/srv/logs/sites.log" union_sites;')
    expect(() => nginxConfig({ ...base, accessLog: 'logs/x.log' })).toThrow(/absolute/)
    expect(() => nginxConfig({ ...base, accessLog: '/x/$remote_addr' })).toThrow(/\$/)
  })

  it('standalone: logs under the prefix, and nothing in nginx’s default format', () => {
    const standalone = nginxConfig({ ...base, standalone: { prefix: '/tmp/ngx' } })
    expect(standalone).toContain('    access_log off;')
    expect(standalone).toContain('access_log "/tmp/ngx/access.log" union_sites;')
    expect(standalone).not.toMatch(/access_log "[^"]+";/)
  })
})

/** The same requests to both servers; each answers from the same tiny site. */
const UA = `Mozilla/5.0 "Тест" \\ (X11)`
const REQUESTS: {
  host: string
  path: string
  headers?: Record<string, string>
  method?: string
}[] = [
  { host: 'mfp.localhost', path: '/' },
  {
    host: 'mfp.localhost',
    path: '/news/?email=ivanov@mail.ru&token=secret',
    headers: {
      referer: 'https://user:pass@www.yandex.ru/search/?text=иванов'.replace(
        /[^\x00-\x7f]/g,
        encodeURIComponent,
      ),
      'user-agent': Buffer.from(UA, 'utf8').toString('latin1'),
    },
  },
  { host: 'mfp.localhost', path: '/nope/', headers: { referer: 'http://mfp.localhost/' } },
  { host: 'mfp.localhost', path: '/', method: 'HEAD' },
]
const EXPECTED: Partial<AccessLogEntry>[] = [
  { host: 'mfp.localhost', method: 'GET', path: '/', status: 200, referer: '', userAgent: '' },
  {
    host: 'mfp.localhost',
    method: 'GET',
    path: '/news/',
    status: 200,
    referer: 'https://www.yandex.ru',
    userAgent: UA,
  },
  {
    host: 'mfp.localhost',
    method: 'GET',
    path: '/nope/',
    status: 404,
    referer: 'http://mfp.localhost',
  },
  { host: 'mfp.localhost', method: 'HEAD', path: '/', status: 200, bytes: 0 },
]

function checkLog(text: string, before: number) {
  // The client is 127.0.0.1: neither it nor anything after `?` reaches the disk.
  expect(text).not.toContain('127.0.0.1')
  expect(text).not.toMatch(/ivanov|secret|user:pass|search|text=/)
  const lines = text.trim().split('\n')
  expect(lines.length).toBeGreaterThanOrEqual(REQUESTS.length)
  const entries = lines.map((line) => parseAccessLine(line))
  for (const [i, entry] of entries.entries()) expect(entry, lines[i]).not.toBeNull()
  entries.forEach((entry, i) => expect(entry).toMatchObject(EXPECTED[i]!))
  for (const entry of entries) {
    expect(entry!.time.getTime()).toBeGreaterThanOrEqual(before - 1000)
    expect(entry!.time.getTime()).toBeLessThanOrEqual(Date.now() + 1000)
  }
  return entries
}

describe('both servers write the same lines', () => {
  let root: string
  let outDir: string
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'union-sites-access-log-'))
    outDir = path.join(root, 'sites')
    mkdirSync(path.join(outDir, 'mfp.localhost', 'news'), { recursive: true })
    writeFileSync(path.join(outDir, 'mfp.localhost', 'index.html'), '<!DOCTYPE html><p>home')
    writeFileSync(path.join(outDir, 'mfp.localhost', 'news', 'index.html'), '<!DOCTYPE html><p>n')
    mkdirSync(path.join(root, 'media'))
  })
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  const send = async (port: number) => {
    for (const r of REQUESTS) await httpGet(port, r.host, r.path, r.headers, r.method)
  }
  let preview: string[] = []

  it('the preview server appends union_sites lines to its log', async () => {
    const log = path.join(root, 'logs', 'access.log')
    const before = Date.now()
    const server: PreviewServer = await startPreviewServer({
      outDir,
      mediaDir: path.join(root, 'media'),
      port: 0,
      accessLog: log,
    })
    try {
      await send(server.port)
    } finally {
      await server.close()
    }
    const entries = checkLog(readFileSync(log, 'utf8'), before)
    expect(entries[1]!.bytes).toBeGreaterThan(0)
    preview = readFileSync(log, 'utf8').trim().split('\n')
  })

  it.skipIf(!hasNginx())('nginx writes the same fields (its time in its own zone)', async () => {
    const prefix = path.join(root, 'nginx')
    mkdirSync(prefix)
    const port = await freePort()
    const user = process.getuid?.() === 0 ? userInfo().username : undefined
    const conf = path.join(prefix, 'nginx.conf')
    writeFileSync(
      conf,
      nginxConfig({
        outDir,
        mediaDir: path.join(root, 'media'),
        hosts: ['mfp.localhost'],
        networkDomains: ['localhost'],
        listen: [`127.0.0.1:${port}`],
        standalone: { prefix, user },
      }),
    )
    const before = Date.now()
    let nginx: RunningNginx | undefined
    try {
      nginx = await startNginx(conf, prefix, port)
      await send(port)
    } finally {
      await nginx?.stop()
    }
    const text = readFileSync(path.join(prefix, 'access.log'), 'utf8')
    const entries = checkLog(text, before)
    // Field by field equal to the preview server's lines, but for the time (and nginx's 404 page size).
    const strip = (line: string) => line.replace(/^\S+ /, '').replace(/" (\d{3}) \d+ "/, '" $1 _ "')
    expect(text.trim().split('\n').map(strip)).toEqual(preview.map(strip))
    expect(entries[1]!.bytes).toBe(Buffer.byteLength('<!DOCTYPE html><p>n'))
  })
})
