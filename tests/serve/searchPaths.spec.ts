import { describe, expect, it } from 'vitest'
import { SITE_CSP } from '../../serving/contentSecurityPolicy'
import { nginxConfig } from '../../serving/nginxConfig'
import { resolveRequest } from '../../serving/resolveRequest'
import { OUT, memoryIndex } from './helpers/memoryIndex'

const index = memoryIndex([
  'ugleprof.localhost/index.html',
  'ugleprof.localhost/404/index.html',
  'ugleprof.localhost/_search/pagefind.js',
  'ugleprof.localhost/_search/pagefind-entry.json',
  'ugleprof.localhost/_search/wasm.ru.pagefind',
  'ugleprof.localhost/_search/fragment/ru_45f3564.pf_fragment',
  'ugleprof.localhost/_search/index/ru_b036261.pf_index',
  'ugleprof.localhost/_search/secret.html',
  'zarechnaya.localhost/index.html',
  'zarechnaya.localhost/404/index.html',
  'zarechnaya.localhost/search/index.html',
])
const get = (host: string, target: string) => resolveRequest(host, target, index)

describe('search indexes served on every host of the network', () => {
  it("serves a union's index on a receiving ППО's host (same origin, no CORS)", () => {
    expect(get('zarechnaya.localhost', '/_search/ugleprof.localhost/pagefind.js')).toMatchObject({
      status: 200,
      file: `${OUT}/ugleprof.localhost/_search/pagefind.js`,
      headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
    })
    expect(
      get('zarechnaya.localhost', '/_search/ugleprof.localhost/fragment/ru_45f3564.pf_fragment')
        .file,
    ).toBe(`${OUT}/ugleprof.localhost/_search/fragment/ru_45f3564.pf_fragment`)
  })

  it('serves it while the preview server knows only the request’s own host (live index)', () => {
    // liveSiteIndex checks the Host's folder alone; the index's owner is another host.
    const live = { ...index, sites: new Map([['zarechnaya.localhost', []]]) }
    expect(
      resolveRequest(
        'zarechnaya.localhost',
        '/_search/ugleprof.localhost/pagefind-entry.json',
        live,
      ).status,
    ).toBe(200)
  })

  it('refuses traversal, unknown hosts and files that are not Pagefind’s', () => {
    for (const target of [
      '/_search/../../etc/passwd',
      '/_search/ugleprof.localhost/../../../etc/passwd',
      '/_search/%2e%2e/%2e%2e/etc/passwd',
      '/_search/ugleprof.localhost/..%2f..%2fetc%2fpasswd',
    ]) {
      const answer = get('zarechnaya.localhost', target)
      expect(answer.status, target).toBeGreaterThanOrEqual(400)
      expect(answer.file ?? '', target).not.toContain('/etc/')
    }
    expect(get('zarechnaya.localhost', '/_search/unknown.localhost/pagefind.js').status).toBe(404)
    expect(get('zarechnaya.localhost', '/_search/ugleprof.localhost/secret.html').status).toBe(404)
    // The host's own folder is not reachable at /_search/<file> either.
    expect(get('ugleprof.localhost', '/_search/pagefind.js').status).toBe(404)
  })

  it('the nginx config maps the same path, Pagefind’s file names only', () => {
    const config = nginxConfig({
      outDir: '/srv/sites',
      mediaDir: '/srv/media',
      networkDomains: ['localhost'],
      hosts: [],
    })
    expect(config).toContain('location ^~ /_search/ {')
    expect(config).toContain('alias "/srv/sites/$1/_search/$2";')
  })

  it("the sites' CSP lets Pagefind compile its WebAssembly and nothing more", () => {
    expect(SITE_CSP).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/)
    expect(SITE_CSP).not.toContain("'unsafe-eval'")
  })
})
