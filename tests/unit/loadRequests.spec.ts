import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { encodePath, rotateLua } from '../../tools/load/rotateScript'
import { missingKinds, siteRequests } from '../../tools/load/siteRequests'

const root = mkdtempSync(path.join(tmpdir(), 'union-sites-load-unit-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

function file(relative: string, text = 'x') {
  const full = path.join(root, relative)
  mkdirSync(path.dirname(full), { recursive: true })
  writeFileSync(full, text)
}

describe('the request list taken from the published output', () => {
  for (const f of [
    'sites/localhost/index.html',
    'sites/localhost/news/index.html',
    'sites/localhost/news/a-first/index.html',
    'sites/localhost/news/m-middle/index.html',
    'sites/localhost/news/z-last/index.html',
    'sites/localhost/news/page/2/index.html',
    'sites/localhost/news/rubric/x/index.html',
    'sites/localhost/documents/index.html',
    'sites/localhost/rss.xml',
    'sites/localhost/atom.xml',
    'sites/localhost/sitemap.xml',
    'sites/ppo.localhost/index.html',
    'sites/ppo.localhost/news/index.html',
    'sites/_astro/Base.abc.css',
    'sites/_astro/Base.def.css',
    'sites/_astro/font.woff2',
    'sites/_astro/notes.txt',
    'uploads/documents/ustav.pdf',
    'uploads/images/Фото 1.webp',
  ])
    file(f)
  const requests = siteRequests(path.join(root, 'sites'), path.join(root, 'uploads'))

  it('covers every host: home, lists, the first and last article, feeds, sitemap', () => {
    expect(requests.filter((r) => r.host === 'localhost').map((r) => r.path)).toEqual([
      '/',
      '/news/',
      '/documents/',
      '/news/a-first/',
      '/news/z-last/',
      '/rss.xml',
      '/atom.xml',
      '/sitemap.xml',
      '/_astro/Base.abc.css',
      '/_astro/font.woff2',
      '/media/images/%D0%A4%D0%BE%D1%82%D0%BE%201.webp',
    ])
    // Only what exists: the second site has no articles, documents or feeds.
    expect(requests.filter((r) => r.host === 'ppo.localhost').map((r) => r.path)).toEqual([
      '/',
      '/news/',
    ])
    expect(missingKinds(requests)).toEqual([])
  })

  it('names what a list lacks, so a broken output fails clearly', () => {
    const bare = requests.filter((r) => !r.path.startsWith('/media/') && !r.path.endsWith('.xml'))
    expect(missingKinds(bare)).toEqual(['a feed', 'a sitemap', 'an uploaded image'])
  })

  it('refuses an output folder without sites', () => {
    mkdirSync(path.join(root, 'empty'))
    expect(() => siteRequests(path.join(root, 'empty'), root)).toThrow(/no published site/)
  })
})

describe('the wrk Lua script', () => {
  it('lists each (Host, path) pair and sends them in turn with their Host header', () => {
    const lua = rotateLua([
      { host: 'localhost', path: '/' },
      { host: 'mfp.localhost', path: '/news/a/' },
    ])
    expect(lua).toContain('  { "localhost", "/" },\n  { "mfp.localhost", "/news/a/" },')
    expect(lua).toContain('wrk.format("GET", r[2], { ["Host"] = r[1] })')
    expect(lua).toMatch(/function request\(\)\n {2}next_index = next_index % #formatted \+ 1/)
  })

  it('refuses what would break out of a Lua string or is no request target', () => {
    expect(() => rotateLua([])).toThrow(/no request/)
    expect(() => rotateLua([{ host: 'a"b', path: '/' }])).toThrow(/not a host name/)
    expect(() => rotateLua([{ host: 'a', path: '/x"..os.exit()..' }])).toThrow(/not an encoded/)
    expect(() => rotateLua([{ host: 'a', path: '/with space' }])).toThrow(/not an encoded/)
    expect(() => rotateLua([{ host: 'a', path: 'relative' }])).toThrow(/not an encoded/)
  })

  it('encodes each path segment and keeps the slashes', () => {
    expect(encodePath('/media/Фото 1.jpg')).toBe('/media/%D0%A4%D0%BE%D1%82%D0%BE%201.jpg')
    expect(encodePath('/news/a"b/')).toBe('/news/a%22b/')
  })
})
