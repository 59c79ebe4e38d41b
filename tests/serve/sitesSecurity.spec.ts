import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listFiles } from '../../tools/checks/outputFiles'
import { MEDIA_CSP, SITE_CSP, scriptHash } from '../../serving/contentSecurityPolicy'
import { SECURITY_HEADERS } from '../../serving/policy'
import { startPreviewServer, type PreviewServer } from '../../serving/previewServer'
import { buildFixtureSites, PLANTED_FILES, type FixtureSites } from './helpers/fixtureSites'
import { httpGet } from './helpers/httpGet'

/**
 * The attacks on the demo's preview server, replayed on a real build of the fixture sites:
 * uploads a browser would run, hosts probed for the list of sites, names too long for the file
 * system, and the inline scripts the CSP must (and must only) allow. nginx gives the same
 * answers: servers.spec.ts compares the two on these requests too (parityRequests.ts).
 */
let sites: FixtureSites
let preview: PreviewServer
const file = (rel: string) => readFileSync(path.join(sites.outDir, rel))
const lower = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]))
const get = (host: string, url: string) => httpGet(preview.port, host, url)

beforeAll(async () => {
  sites = await buildFixtureSites()
  preview = await startPreviewServer({ outDir: sites.outDir, mediaDir: sites.mediaDir, port: 0 })
}, 120_000)

afterAll(async () => {
  await preview?.close()
  if (sites) rmSync(sites.root, { recursive: true, force: true })
})

describe('the sites under attack', () => {
  it('answers an unknown host with a plain «Сайт не найден», naming no site', async () => {
    for (const [host, url] of [
      ['nope.localhost:4321', '/'],
      ['nope.localhost', '/media/images/fnpr.png'],
      ['evil.example', '/'],
    ]) {
      const answer = await get(host!, url!)
      expect(answer.status).toBe(404)
      expect(answer.headers).toMatchObject(lower(SECURITY_HEADERS))
      const html = answer.body.toString('utf8')
      expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="ru">/)
      expect(html).toContain('<h1>Сайт не найден</h1>')
      expect(html).not.toMatch(/ugleprof|mfp|zarechnaya|href=/)
    }
  })

  it('never serves a planted upload of a type off the allow-list', async () => {
    for (const name of ['x.html', 'documents/x.htm', 'images/evil.svg', 'documents/spisok.txt']) {
      const answer = await get('mfp.localhost', `/media/${name}`)
      expect(answer.status, name).toBe(404)
      expect(answer.body.includes(PLANTED_FILES[name]!), name).toBe(false)
      expect(answer.headers['content-security-policy']).toBe(SITE_CSP)
    }
    // A PNG with a script inside stays an image: nosniff, and a sandbox if opened on its own.
    const png = await get('mfp.localhost', '/media/images/evil.png')
    expect(png.status).toBe(200)
    expect(png.headers).toMatchObject({
      'content-type': 'image/png',
      'x-content-type-options': 'nosniff',
      'content-security-policy': MEDIA_CSP,
    })
    expect(png.headers['content-disposition']).toBeUndefined()
  })

  it('survives a path segment or a Host label over 255 characters', async () => {
    const long = await get('mfp.localhost', `/${'a'.repeat(300)}/`)
    expect(long.status).toBe(404)
    expect(long.body.equals(file('mfp.localhost/404/index.html'))).toBe(true)
    expect((await get('mfp.localhost', `/${'x/'.repeat(1500)}`)).status).toBe(404)
    expect((await get(`${'a'.repeat(300)}.localhost`, '/')).status).toBe(404)
    expect((await get('mfp.localhost', '/news/')).status).toBe(200)
  })

  it('allows by hash exactly the inline scripts the built pages carry', () => {
    const allowed = SITE_CSP.split('; ').find((d) => d.startsWith('script-src '))!
    // 'wasm-unsafe-eval' (the search's WebAssembly) allows no eval() of strings.
    expect(allowed).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/)
    const inline = new Set<string>()
    for (const page of listFiles(sites.outDir).filter((f) => f.endsWith('.html'))) {
      const html = file(page).toString('utf8')
      // Executable inline scripts: no src, and no data type (JSON-LD is not run, CSP skips it).
      for (const [, attributes, text] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/\ssrc=/.test(attributes!) || /type="application\/ld\+json"/.test(attributes!)) continue
        inline.add(scriptHash(text!))
      }
    }
    expect(inline.size).toBeGreaterThan(0)
    for (const hash of inline) expect(allowed).toContain(hash)
  })
})
