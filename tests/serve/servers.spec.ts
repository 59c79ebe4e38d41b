import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { userInfo } from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { nginxConfig } from '../../serving/nginxConfig'
import { readHostRedirects } from '../../serving/hostRedirects'
import { MEDIA_CSP } from '../../serving/contentSecurityPolicy'
import { CACHE_CONTROL, SECURITY_HEADERS } from '../../serving/policy'
import { startPreviewServer, type PreviewServer } from '../../serving/previewServer'
import { buildFixtureSites, MEDIA_FILES, type FixtureSites } from './helpers/fixtureSites'
import { httpGet } from './helpers/httpGet'
import { freePort, hasNginx, startNginx, type RunningNginx } from './helpers/nginxProcess'
import { answerDifferences, parityRequests, type ParityRequest } from './helpers/parityRequests'

/** One astro build of the fixture sites, served by the preview server and by Debian's nginx. */
let sites: FixtureSites
let preview: PreviewServer
const file = (rel: string) => readFileSync(path.join(sites.outDir, rel))
const lower = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]))

const get = (host: string, url: string, headers?: Record<string, string>, method?: string) =>
  httpGet(preview.port, host, url, headers, method)

beforeAll(async () => {
  sites = await buildFixtureSites()
  preview = await startPreviewServer({ outDir: sites.outDir, mediaDir: sites.mediaDir, port: 0 })
}, 120_000)

afterAll(async () => {
  await preview?.close()
  if (sites) rmSync(sites.root, { recursive: true, force: true })
})

describe('preview server', () => {
  it('lists every site, sections under their host', () => {
    expect(preview.siteUrls()).toEqual([
      `http://localhost:${preview.port}/`,
      `http://mfp.localhost:${preview.port}/`,
      `http://ugleprof.localhost:${preview.port}/`,
      `http://ugleprof.localhost:${preview.port}/org/severny/`,
      `http://zarechnaya.localhost:${preview.port}/`,
    ])
  })

  it('serves the pages of each host byte for byte, routed by the Host header', async () => {
    for (const [host, url] of [
      ['localhost', '/'],
      ['mfp.localhost', '/news/'],
      ['ugleprof.localhost', '/o-nas/istoriya/'],
      ['ugleprof.localhost', '/org/severny/contacts/'],
      ['zarechnaya.localhost:4321', '/documents/'],
    ] as const) {
      const answer = await get(host, url)
      expect(answer.status, host + url).toBe(200)
      expect(answer.headers['content-type']).toBe('text/html; charset=utf-8')
      expect(answer.headers['cache-control']).toBe(CACHE_CONTROL.page)
      expect(answer.headers).toMatchObject(lower(SECURITY_HEADERS))
      expect(answer.body.equals(file(`${host.replace(/:\d+$/, '')}${url}index.html`))).toBe(true)
    }
  })

  it('redirects a directory URL to its slash form', async () => {
    const answer = await get('ugleprof.localhost', '/org/severny?from=1')
    expect([answer.status, answer.headers.location]).toEqual([301, '/org/severny/?from=1'])
  })

  it("redirects a post's old address (301) to its new one, on a host and in a section", async () => {
    const answers = await Promise.all([
      get('ugleprof.localhost', '/news/staryy-adres/'),
      get('ugleprof.localhost', '/news/staryy-adres?utm=x'),
      get('ugleprof.localhost', '/org/severny/news/itogi/'),
    ])
    expect(answers.map((a) => [a.status, a.headers.location])).toEqual([
      [301, '/news/indeksatsiya-2026/'],
      [301, '/news/indeksatsiya-2026/?utm=x'],
      [301, '/org/severny/news/itogi-i-plany/'],
    ])
    // The old slug of one site is nothing on another.
    expect((await get('mfp.localhost', '/news/staryy-adres/')).status).toBe(404)
  })

  it("answers 404 with the site's or the section's own 404 page", async () => {
    const union = await get('ugleprof.localhost', '/news/no-such-article/')
    expect(union.status).toBe(404)
    expect(union.body.equals(file('ugleprof.localhost/404/index.html'))).toBe(true)
    const section = await get('ugleprof.localhost', '/org/severny/no-such-page/')
    expect(section.status).toBe(404)
    expect(section.body.equals(file('ugleprof.localhost/org/severny/404/index.html'))).toBe(true)
  })

  it('refuses path traversal with 400', async () => {
    for (const url of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/_astro/../../x'])
      expect((await get('mfp.localhost', url)).status, url).toBe(400)
  })

  it('serves shared assets and uploads on every host with their type and caching', async () => {
    const css = await get('zarechnaya.localhost', `/_astro/${sites.assets.css}`)
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8')
    expect(css.headers['cache-control']).toBe(CACHE_CONTROL.hashed)
    expect(css.body.equals(file(`_astro/${sites.assets.css}`))).toBe(true)
    const font = await get('localhost', `/_astro/${sites.assets.woff2}`)
    expect(font.headers['content-type']).toBe('font/woff2')
    const types = {
      png: 'image/png',
      jpg: 'image/jpeg',
      webp: 'image/webp',
      avif: 'image/avif',
      pdf: 'application/pdf',
      docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    }
    for (const [name, bytes] of Object.entries(MEDIA_FILES)) {
      const answer = await get('mfp.localhost', `/media/${name}`)
      expect(answer.status, name).toBe(200)
      expect(answer.body.equals(bytes), name).toBe(true)
      const ext = name.split('.').pop() as keyof typeof types
      expect(answer.headers).toMatchObject({
        'content-type': types[ext],
        'cache-control': CACHE_CONTROL.media,
        'x-content-type-options': 'nosniff',
        'content-security-policy': MEDIA_CSP,
      })
      const document = ['pdf', 'docx'].includes(ext)
      expect(answer.headers['content-disposition'], name).toBe(document ? 'attachment' : undefined)
    }
  })

  it('answers If-None-Match and If-Modified-Since with 304, and HEAD without a body', async () => {
    const first = await get('mfp.localhost', '/contacts/')
    const etag = String(first.headers.etag)
    expect(etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/)
    const again = await get('mfp.localhost', '/contacts/', { 'if-none-match': etag })
    expect([again.status, again.body.length, again.headers.etag]).toEqual([304, 0, etag])
    const since = String(first.headers['last-modified'])
    expect((await get('mfp.localhost', '/contacts/', { 'if-modified-since': since })).status).toBe(
      304,
    )
    const head = await get('mfp.localhost', '/contacts/', {}, 'HEAD')
    expect([head.status, head.body.length]).toEqual([200, 0])
    expect(head.headers['content-length']).toBe(String(first.body.length))
    expect((await get('mfp.localhost', '/contacts/', {}, 'POST')).status).toBe(405)
  })

  it('compresses text on the fly and prefers precompressed copies', async () => {
    const page = file('mfp.localhost/news/index.html')
    const gzip = await get('mfp.localhost', '/news/', { 'accept-encoding': 'gzip' })
    expect(gzip.headers).toMatchObject({ 'content-encoding': 'gzip', vary: 'Accept-Encoding' })
    expect(gzip.headers.etag).toMatch(/^W\//)
    expect(gunzipSync(gzip.body).equals(page)).toBe(true)
    const br = await get('mfp.localhost', '/news/', { 'accept-encoding': 'gzip, br' })
    expect(brotliDecompressSync(br.body).equals(page)).toBe(true)
    const css = `_astro/${sites.assets.css}`
    for (const [coding, suffix] of [
      ['gzip', '.gz'],
      ['br', '.br'],
    ] as const) {
      const answer = await get('mfp.localhost', `/${css}`, { 'accept-encoding': coding })
      expect(answer.headers['content-encoding']).toBe(coding)
      expect(answer.body.equals(file(css + suffix))).toBe(true)
    }
    const png = await get('mfp.localhost', '/media/images/cover-480.jpg', {
      'accept-encoding': 'gzip',
    })
    expect(png.headers['content-encoding']).toBeUndefined()
  })

  it('picks up a site built after it started, without a restart', async () => {
    mkdirSync(path.join(sites.outDir, 'new.localhost'))
    writeFileSync(path.join(sites.outDir, 'new.localhost', 'index.html'), '<!DOCTYPE html>')
    expect((await get('new.localhost', '/')).status).toBe(200)
    rmSync(path.join(sites.outDir, 'new.localhost'), { recursive: true })
    expect((await get('new.localhost', '/')).status).toBe(404)
  })
})

if (!hasNginx()) {
  console.warn('\nnginx parity tests SKIPPED: /usr/sbin/nginx is absent (apt-get install nginx).\n')
}

describe.skipIf(!hasNginx())('nginx with the generated config', () => {
  let nginx: RunningNginx | undefined
  let port: number

  beforeAll(async () => {
    port = await freePort()
    const prefix = path.join(sites.root, 'nginx')
    mkdirSync(prefix)
    const conf = path.join(prefix, 'nginx.conf')
    // Run as root, nginx drops its workers to `nobody`, which cannot read the private temp folder.
    const user = process.getuid?.() === 0 ? userInfo().username : undefined
    const hosts = ['localhost', 'mfp.localhost', 'ugleprof.localhost', 'profkom.example.org']
    const config = nginxConfig({
      outDir: sites.outDir,
      mediaDir: sites.mediaDir,
      networkDomains: ['localhost'],
      hosts,
      redirects: new Map(hosts.map((host) => [host, readHostRedirects(sites.outDir, host)])),
      listen: [`127.0.0.1:${port}`],
      standalone: { prefix, user },
    })
    writeFileSync(conf, config)
    // A site built without a 404 page: both servers write the same plain one.
    mkdirSync(path.join(sites.outDir, 'bare.localhost'))
    writeFileSync(path.join(sites.outDir, 'bare.localhost', 'index.html'), '<!DOCTYPE html>')
    nginx = await startNginx(conf, prefix, port)
  }, 30_000)

  afterAll(async () => {
    await nginx?.stop()
  })

  it('answers like the preview server: same statuses, headers that matter, identical bodies', async () => {
    const differences: string[] = []
    const bare: ParityRequest[] = [{ host: 'bare.localhost', path: '/nope/' }]
    for (const request of [...parityRequests(sites), ...bare]) {
      const ours = await get(request.host, request.path, request.headers)
      const theirs = await httpGet(port, request.host, request.path, request.headers)
      differences.push(...answerDifferences(request, ours, theirs))
    }
    expect(differences).toEqual([])
  })

  it('keeps the ETag of the preview server valid against nginx (304)', async () => {
    const first = await get('ugleprof.localhost', '/news/')
    const answer = await httpGet(port, 'ugleprof.localhost', '/news/', {
      'if-none-match': String(first.headers.etag),
    })
    expect(answer.status).toBe(304)
  })
})
