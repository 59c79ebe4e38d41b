import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readHostRedirects } from '../../serving/hostRedirects'
import { nginxConfig } from '../../serving/nginxConfig'
import { resolveRequest } from '../../serving/resolveRequest'
import { MEDIA, OUT, memoryIndex } from './helpers/memoryIndex'

const tables: Record<string, Map<string, string>> = {
  'ugleprof.localhost': new Map([
    ['/news/old/', '/news/new/'],
    ['/org/severny/news/staroe/', '/org/severny/news/novoe/'],
    // A live page is never shadowed by a stale entry.
    ['/news/new/', '/news/elsewhere/'],
  ]),
}
const index = {
  ...memoryIndex([
    'ugleprof.localhost/index.html',
    'ugleprof.localhost/404/index.html',
    'ugleprof.localhost/news/new/index.html',
    'ugleprof.localhost/org/severny/index.html',
    'mfp.localhost/index.html',
  ]),
  redirectsOf: (host: string) => tables[host] ?? new Map<string, string>(),
}
const get = (host: string, target: string) => resolveRequest(host, target, index)

describe("preview routing of a post's old address", () => {
  it('answers 301 with the new path, with or without the slash, keeping the query', () => {
    expect(get('ugleprof.localhost', '/news/old/')).toMatchObject({
      status: 301,
      headers: { Location: '/news/new/' },
    })
    expect(get('ugleprof.localhost', '/news/old?x=1').headers.Location).toBe('/news/new/?x=1')
    expect(get('ugleprof.localhost', '/org/severny/news/staroe/').headers.Location).toBe(
      '/org/severny/news/novoe/',
    )
  })

  it('serves a page that exists, and 404s an old path on another host', () => {
    expect(get('ugleprof.localhost', '/news/new/').status).toBe(200)
    expect(get('mfp.localhost', '/news/old/').status).toBe(404)
  })
})

describe('redirects.json as the servers read it', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'union-sites-redirects-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  const write = (host: string, body: string) => {
    mkdirSync(path.join(root, host), { recursive: true })
    writeFileSync(path.join(root, host, 'redirects.json'), body)
  }

  it('keeps only site paths: nothing that nginx could read as syntax', () => {
    write(
      'a.localhost',
      JSON.stringify({
        '/news/old/': '/news/new/',
        '/news/x/"; return 200 "pwned': '/news/new/',
        '/news/y/': 'https://evil.example/',
        '/news/z/': 42,
      }),
    )
    expect([...readHostRedirects(root, 'a.localhost')]).toEqual([['/news/old/', '/news/new/']])
  })

  it('reads a missing or broken file as no redirects', () => {
    write('b.localhost', '{not json')
    expect(readHostRedirects(root, 'b.localhost').size).toBe(0)
    expect(readHostRedirects(root, 'none.localhost').size).toBe(0)
  })
})

describe('nginx config of the redirects', () => {
  const config = (redirects?: Map<string, Map<string, string>>) =>
    nginxConfig({
      outDir: OUT,
      mediaDir: MEDIA,
      hosts: ['ugleprof.localhost'],
      networkDomains: ['localhost'],
      redirects,
    })

  it('maps $host$uri of each old path (with and without slash) and returns 301', () => {
    const text = config(new Map([['ugleprof.localhost', new Map([['/news/old/', '/news/new/']])]]))
    expect(text).toContain('map $host$uri $union_sites_redirect {')
    expect(text).toContain('"ugleprof.localhost/news/old/" "/news/new/";')
    expect(text).toContain('"ugleprof.localhost/news/old" "/news/new/";')
    expect(text).toContain('return 301 $union_sites_redirect$is_args$args;')
  })

  it('has none of it without redirects, and refuses an unsafe one', () => {
    expect(config()).not.toContain('union_sites_redirect')
    expect(() =>
      config(new Map([['ugleprof.localhost', new Map([['/news/a"; x/', '/news/b/']])]])),
    ).toThrow(/Unsafe redirect/)
  })
})
