import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { MEDIA_CSP, SITE_CSP } from '../../serving/contentSecurityPolicy'
import { CACHE_CONTROL, SECURITY_HEADERS } from '../../serving/policy'
import { resolveRequest } from '../../serving/resolveRequest'
import { MEDIA, OUT, memoryIndex } from './helpers/memoryIndex'

const index = memoryIndex([
  '_astro/BaseLayout.abc123.css',
  '_astro/golos.def456.woff2',
  'mfp.localhost/index.html',
  'mfp.localhost/404/index.html',
  'mfp.localhost/news/index.html',
  'mfp.localhost/news/page/2/index.html',
  'mfp.localhost/robots.txt',
  'ugleprof.localhost/index.html',
  'ugleprof.localhost/404/index.html',
  'ugleprof.localhost/org/severny/index.html',
  'ugleprof.localhost/org/severny/404/index.html',
  'ugleprof.localhost/org/severny/news/index.html',
  'ugleprof.localhost/org/empty/news/index.html',
  'bare.localhost/index.html',
  `${MEDIA}/images/logo.png`,
  `${MEDIA}/images/Photo.JPEG`,
  `${MEDIA}/documents/ustav.pdf`,
  `${MEDIA}/documents/dogovor.docx`,
  // What an editor could leave in the uploads folder: none of it may be served.
  `${MEDIA}/x.html`,
  `${MEDIA}/documents/x.htm`,
  `${MEDIA}/images/logo.svg`,
  `${MEDIA}/images/x.xml`,
  `${MEDIA}/documents/list.txt`,
  `${MEDIA}/documents/noextension`,
  `${MEDIA}/documents/x.js`,
])
const get = (host: string | undefined, target: string) => resolveRequest(host, target, index)

describe('resolveRequest: files', () => {
  it("maps the host to its folder and a slash URL to the directory's index.html", () => {
    expect(get('mfp.localhost', '/')).toMatchObject({
      status: 200,
      file: `${OUT}/mfp.localhost/index.html`,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': CACHE_CONTROL.page },
    })
    expect(get('mfp.localhost', '/news/page/2/').file).toBe(
      `${OUT}/mfp.localhost/news/page/2/index.html`,
    )
    expect(get('ugleprof.localhost', '/org/severny/news/').file).toBe(
      `${OUT}/ugleprof.localhost/org/severny/news/index.html`,
    )
  })

  it('ignores the port and the case of the Host header', () => {
    expect(get('MFP.Localhost:4321', '/news/').file).toBe(`${OUT}/mfp.localhost/news/index.html`)
  })

  it('serves a plain file with its type', () => {
    expect(get('mfp.localhost', '/robots.txt')).toMatchObject({
      status: 200,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  })

  it('serves /_astro/ from the shared folder on every host, cached for a year', () => {
    for (const host of ['mfp.localhost', 'ugleprof.localhost']) {
      expect(get(host, '/_astro/BaseLayout.abc123.css')).toMatchObject({
        status: 200,
        file: `${OUT}/_astro/BaseLayout.abc123.css`,
        headers: {
          'Content-Type': 'text/css; charset=utf-8',
          'Cache-Control': CACHE_CONTROL.hashed,
        },
      })
    }
    expect(get('mfp.localhost', '/_astro/golos.def456.woff2').headers['Content-Type']).toBe(
      'font/woff2',
    )
  })

  it('serves /media/ images inline, with nosniff and the uploads CSP, on every host', () => {
    expect(get('ugleprof.localhost', '/media/images/logo.png')).toMatchObject({
      status: 200,
      file: `${MEDIA}/images/logo.png`,
      headers: {
        'Content-Type': 'image/png',
        'Cache-Control': CACHE_CONTROL.media,
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': MEDIA_CSP,
      },
    })
    const photo = get('mfp.localhost', '/media/images/Photo.JPEG')
    expect(photo.headers['Content-Type']).toBe('image/jpeg')
    expect(photo.headers['Content-Disposition']).toBeUndefined()
  })

  it('serves /media/ documents as downloads (Content-Disposition: attachment)', () => {
    for (const [target, type] of [
      ['/media/documents/ustav.pdf', 'application/pdf'],
      [
        '/media/documents/dogovor.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
    ])
      expect(get('mfp.localhost', target!), target).toMatchObject({
        status: 200,
        headers: {
          'Content-Type': type,
          'Content-Disposition': 'attachment',
          'X-Content-Type-Options': 'nosniff',
          'Content-Security-Policy': MEDIA_CSP,
        },
      })
  })

  it('never serves an upload of a type off the allow-list (HTML, SVG, XML, text, scripts)', () => {
    for (const target of [
      '/media/x.html',
      '/media/documents/x.htm',
      '/media/images/logo.svg',
      '/media/images/x.xml',
      '/media/documents/list.txt',
      '/media/documents/noextension',
      '/media/documents/x.js',
    ]) {
      const answer = get('mfp.localhost', target)
      expect(answer, target).toMatchObject({
        status: 404,
        file: `${OUT}/mfp.localhost/404/index.html`,
      })
      expect(answer.headers['Content-Security-Policy']).toBe(SITE_CSP)
    }
  })

  it('sends the security headers with every answer', () => {
    for (const target of ['/', '/news', '/nope', '/../x'])
      expect(get('mfp.localhost', target).headers).toMatchObject(SECURITY_HEADERS)
  })
})

describe('resolveRequest: redirects and errors', () => {
  it('redirects a directory without its trailing slash, keeping the query', () => {
    expect(get('mfp.localhost', '/news')).toMatchObject({
      status: 301,
      headers: { Location: '/news/' },
    })
    expect(get('mfp.localhost', '/news?page=2').headers.Location).toBe('/news/?page=2')
    expect(get('ugleprof.localhost', '/org/severny').headers.Location).toBe('/org/severny/')
  })

  it("answers a missing page with the host's 404 page", () => {
    for (const target of ['/nope', '/nope/', '/news/nope/', '/_astro/nope.css', '/media/nope.png'])
      expect(get('mfp.localhost', target), target).toMatchObject({
        status: 404,
        file: `${OUT}/mfp.localhost/404/index.html`,
        headers: { 'Cache-Control': CACHE_CONTROL.notFound },
      })
  })

  it("uses a section's own 404 page inside /org/<slug>/, else the host's", () => {
    expect(get('ugleprof.localhost', '/org/severny/nope/').file).toBe(
      `${OUT}/ugleprof.localhost/org/severny/404/index.html`,
    )
    expect(get('ugleprof.localhost', '/org/empty/nope/').file).toBe(
      `${OUT}/ugleprof.localhost/404/index.html`,
    )
    expect(get('ugleprof.localhost', '/org/').file).toBe(`${OUT}/ugleprof.localhost/404/index.html`)
  })

  it('never lists a directory: shared folders and index-less folders are 404', () => {
    for (const target of ['/_astro/', '/media/', '/media/images', '/media/images/', '/org/empty/'])
      expect(get('ugleprof.localhost', target).status, target).toBe(404)
  })

  it('writes a plain 404 page for a site without one', () => {
    const answer = get('bare.localhost', '/nope')
    expect(answer.status).toBe(404)
    expect(answer.file).toBeUndefined()
    expect(answer.body).toContain('Страница не найдена')
  })

  it('answers an unknown host with a plain «Сайт не найден» that names no other site', () => {
    for (const host of ['nope.localhost:4321', undefined, 'xn--80a.localhost']) {
      const answer = get(host, '/')
      expect(answer.status).toBe(404)
      expect(answer.body).toMatch(/^<!DOCTYPE html>\n<html lang="ru">/)
      expect(answer.body).toContain('<h1>Сайт не найден</h1>')
      expect(answer.body).not.toMatch(/localhost|href=/)
      expect(answer.headers).toMatchObject(SECURITY_HEADERS)
    }
    expect(get('x<script>', '/').status).toBe(400)
    // Shared folders are no way around it either.
    expect(get('nope.localhost', '/media/images/logo.png').status).toBe(404)
  })

  it('answers over-long paths and host names as not found, never touching the disk', () => {
    const kind = (file: string) => {
      if (path.basename(file).length > 255) throw new Error(`ENAMETOOLONG: ${file}`)
      return index.kind(file)
    }
    const strict = { ...index, kind }
    const long = (n: number) => 'a'.repeat(n)
    expect(resolveRequest('mfp.localhost', `/${long(2100)}/`, strict).status).toBe(404)
    expect(resolveRequest('mfp.localhost', `/${'ab/'.repeat(700)}`, strict).status).toBe(404)
    expect(resolveRequest(`${long(64)}.localhost`, '/', strict).body).toContain('Сайт не найден')
    expect(resolveRequest(`${'a.'.repeat(127)}localhost`, '/', strict).status).toBe(404)
    expect(resolveRequest(`${long(63)}.localhost`, '/', strict).status).toBe(404)
  })

  it('refuses path traversal and malformed paths with 400', () => {
    for (const target of [
      '/../etc/passwd',
      '/news/../../x',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/%00',
      '/%zz',
    ])
      expect(get('mfp.localhost', target).status, target).toBe(400)
    expect(get('mfp.localhost', '/news/../news/').status).toBe(200)
    expect(get('ugle..localhost', '/').status).toBe(400)
  })
})
