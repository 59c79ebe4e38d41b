import { cpSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runAstroBuild } from '../../publishing/render/astroBuild'
import { a11yScript } from '../../site/src/lib/a11y'
import { PROJECT_ROOT } from '../../config/paths'
import { treeDifferences } from '../helpers/publishing/treeFiles'
import { SNAPSHOT_DIR, fixtureJson } from './fixtures'
import { describeFeeds } from './built/feeds'
import { describeFeedback } from './built/feedback'
import { describeSubscribe } from './built/subscribe'
import { describeEvents } from './built/events'
import { describeHead } from './built/head'
import { describeMediaBlocks } from './built/mediaBlocks'
import { describeNews } from './built/news'
import { describeOutputChecks } from './built/outputChecks'
import { describeRenderer } from './built/renderer'
import { describeRichText } from './built/richText'
import { describeSearch } from './built/search'
import { HOSTS, SITES, attr, tags, useFixtureBuild } from './helpers/fixtureBuild'

/**
 * ONE real `astro build` of the fixture sites for all build checks: pages, links and assets here,
 * feeds and sitemaps in built/feeds.ts, heads and page chrome in built/head.ts. One build, not
 * one per file: the build is the slow part, and every check reads the same output.
 */
const SECTIONS = ['', 'news/', 'documents/', 'contacts/', 'structure/', '404/']

const build = useFixtureBuild()
const { read, exists, files, list, result: buildResult } = build
const htmlFiles = () => files('.html')

describe('astro build of the fixture snapshots', () => {
  it('writes every site into its host folder, a section site under /org/<slug>/', () => {
    for (const site of SITES) {
      for (const section of SECTIONS)
        expect(exists(`${site}/${section}index.html`), `${site}/${section}`).toBe(true)
    }
    expect(buildResult().pages).toBe(htmlFiles().length)
    expect(exists('index.html')).toBe(false)
  })

  it('marks every page as Russian HTML', () => {
    for (const file of htmlFiles())
      expect(read(file), file).toMatch(/^<!DOCTYPE html><html lang="ru"/)
  })

  it("puts canonical URLs on the org's own origin, section base path included", () => {
    expect(read('ugleprof.localhost/org/severny/index.html')).toContain(
      '<link rel="canonical" href="http://ugleprof.localhost:4321/org/severny/">',
    )
    expect(read('zarechnaya.localhost/news/kollektivnyy-dogovor-podpisan/index.html')).toContain(
      '<link rel="canonical" href="http://zarechnaya.localhost:4321/news/kollektivnyy-dogovor-podpisan/">',
    )
  })

  it('names the origin of a syndicated article and points rel=canonical at it', () => {
    const html = read('zarechnaya.localhost/news/shkola-upolnomochennykh/index.html')
    expect(html).toContain(
      '<link rel="canonical" href="http://ugleprof.localhost:4321/news/shkola-upolnomochennykh/">',
    )
    expect(html).toMatch(/<p class="provenance">\s*Материал\s*<a [^>]*>Росуглепроф<\/a>/)
    expect(read('zarechnaya.localhost/news/index.html')).toMatch(/Материал\s*<span>Росуглепроф/)
    expect(read('zarechnaya.localhost/news/otchetnoe-sobranie/index.html')).not.toContain(
      'Материал',
    )
  })

  it('paginates the union news 10 + 3 and lists each rubric', () => {
    const cards = (file: string) => (read(file).match(/<article class="card"/g) ?? []).length
    expect(cards('ugleprof.localhost/news/index.html')).toBe(10)
    expect(cards('ugleprof.localhost/news/page/2/index.html')).toBe(3)
    expect(exists('ugleprof.localhost/news/page/3/index.html')).toBe(false)
    expect(read('ugleprof.localhost/news/index.html')).toContain('href="/news/page/2/" rel="next"')
    for (const rubric of ['kollektivnyy-dogovor', 'okhrana-truda', 'zarplata', 'molodezh']) {
      expect(exists(`ugleprof.localhost/news/rubric/${rubric}/index.html`), rubric).toBe(true)
    }
  })

  it('renders nested static pages with their section menu and breadcrumbs', () => {
    const html = read('ugleprof.localhost/o-nas/istoriya/index.html')
    expect(html).toMatch(
      /<nav class="section-menu"[^>]*>.*href="\/o-nas\/istoriya\/" aria-current="page"/s,
    )
    expect(html).toMatch(/<nav class="breadcrumbs".*<li>\s*<a href="\/o-nas\/">О профсоюзе<\/a>/s)
    expect(exists('ugleprof.localhost/org/severny/o-nas/index.html')).toBe(true)
  })

  it('writes dates in Russian in the org time zone', () => {
    expect(read('ugleprof.localhost/index.html')).toContain(
      '<time datetime="2026-03-16T12:00:00+03:00">16 марта 2026 г.</time>',
    )
  })

  it('adds Open Graph and JSON-LD: Organization on home, NewsArticle on articles', () => {
    const home = read('ugleprof.localhost/index.html')
    expect(home).toContain('"@type":"Organization"')
    expect(home).toContain(
      '<meta property="og:image" content="http://ugleprof.localhost:4321/media/logos/ugleprof.png">',
    )
    const article = read('ugleprof.localhost/news/otraslevoe-soglashenie/index.html')
    expect(article).toContain('"@type":"NewsArticle"')
    expect(article).toContain('<meta property="og:type" content="article">')
  })

  it("brands each site through CSS variables with the org's accent colour", () => {
    const ppo = read('zarechnaya.localhost/index.html')
    expect(ppo).toContain('--color-primary:#33383d')
    expect(ppo).toContain('--color-accent:#8a3b12')
    expect(read('localhost/index.html')).toContain('--color-primary:#163a70')
    const mfp = read('mfp.localhost/index.html')
    expect(mfp).toMatch(/<html [^>]*data-theme="metropolitan" data-logo="center"/)
    expect(mfp).toContain("--font-heading:'PT Serif'")
  })

  it('loads nothing from another host; its only script is the inline accessibility one', () => {
    const local = (url: string | undefined) => url === undefined || /^\/(?!\/)/.test(url)
    for (const file of htmlFiles()) {
      const html = read(file)
      for (const tag of tags(html, 'link')) {
        if (/rel="(canonical|alternate)"/.test(tag)) continue
        expect(local(attr(tag, 'href')), `${file}: ${tag}`).toBe(true)
      }
      for (const tag of tags(html, 'script')) {
        // Bundled scripts (photo reports and videos, search) are same-origin files.
        if (/^<script type="module" src="\/_astro\/[\w.-]+\.js">$/.test(tag)) continue
        expect(['<script type="application/ld+json">', '<script>'], file).toContain(tag)
      }
      expect(html.split(`<script>${a11yScript()}</script>`).length, file).toBe(2)
      for (const tag of tags(html, 'img')) {
        expect(local(attr(tag, 'src')), `${file}: ${tag}`).toBe(true)
        for (const candidate of attr(tag, 'srcset')?.split(', ') ?? [])
          expect(local(candidate)).toBe(true)
      }
    }
  })

  it('loads the lead cover at once and the images below the fold lazily', () => {
    const imgs = tags(read('ugleprof.localhost/index.html'), 'img').filter((t) =>
      t.includes('/covers/'),
    )
    expect(attr(imgs[0]!, 'loading')).toBe('eager')
    expect(imgs.slice(1).length).toBeGreaterThan(0)
    for (const img of imgs.slice(1)) expect(attr(img, 'loading')).toBe('lazy')
    for (const img of imgs) expect(attr(img, 'width')).toBeDefined()
  })

  it('bundles the Cyrillic fonts into one shared asset folder', () => {
    const assets = list('_astro')
    expect(assets.some((f) => /^golos-text-cyrillic-400-normal\..+\.woff2$/.test(f))).toBe(true)
    expect(assets.some((f) => /^pt-serif-cyrillic-700-normal\..+\.woff2$/.test(f))).toBe(true)
    const stylesheets = new Set(
      htmlFiles().flatMap((f) =>
        tags(read(f), 'link')
          .filter((t) => t.includes('stylesheet'))
          .map((t) => attr(t, 'href')),
      ),
    )
    expect(stylesheets.size).toBe(1)
    const css = read([...stylesheets][0]!.slice(1))
    expect(css).toMatch(/url\(\/_astro\/golos-text-cyrillic-400-normal\.[^)]+\.woff2\)/)
  })

  it('has no broken links inside a site or to another built site', () => {
    const hosts = new Set(HOSTS)
    const targets = (file: string) =>
      [...tags(read(file), 'a'), ...tags(read(file), 'link')].map((t) => attr(t, 'href') ?? '')
    for (const file of htmlFiles().filter((f) => !f.startsWith('_astro'))) {
      for (const href of targets(file)) {
        let target: string | undefined
        if (href.startsWith('/') && !href.startsWith('/media/') && !href.startsWith('/_astro/')) {
          // A query (a tag's link to the site search) is read by the page's script.
          target = `${file.split('/')[0]}${href.replace(/\?.*$/, '')}`
        } else if (href.startsWith('http://')) {
          const url = new URL(href)
          if (hosts.has(url.hostname)) target = `${url.hostname}${url.pathname}`
        }
        // The weekly stand's PDF is printed after the build by the stand job (publishing/stand/).
        if (!target || /\/stand\/\d{4}-w\d{2}\.pdf$/.test(target)) continue
        // Pages end with a slash; feeds and other files are linked by their own name.
        const built = target.endsWith('/') ? `${target}index.html` : target
        expect(exists(built), `${file} → ${href}`).toBe(true)
      }
    }
  })
})

describeEvents(build)
describeFeeds(build)
describeFeedback(build)
describeSubscribe(build)
describeHead(build)
describeMediaBlocks(build)
describeNews(build)
describeOutputChecks(build)
describeRenderer(build)
describeRichText(build)
describeSearch(build)

describe('astro build into another file system', () => {
  it('writes the same files as into a folder beside the repository (Astro moves assets by rename)', async () => {
    // A tmpfs here and in CI; a web root on its own volume in production. Before: EXDEV, no site.
    const other = existsSync('/dev/shm') ? '/dev/shm' : tmpdir()
    const out = mkdtempSync(path.join(other, 'union-sites-other-fs-'))
    try {
      if (other === '/dev/shm') expect(statSync(out).dev).not.toBe(statSync(PROJECT_ROOT).dev)
      const result = await runAstroBuild({ snapshots: SNAPSHOT_DIR, out })
      expect(result.ok, result.log.slice(-2000)).toBe(true)
      expect(treeDifferences(build.dir(), out)).toEqual([])
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  }, 120_000)
})

describe('astro build of an invalid snapshot', () => {
  it('fails, naming the org and the field', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'union-sites-bad-'))
    const badOut = mkdtempSync(path.join(tmpdir(), 'union-sites-bad-out-'))
    cpSync(SNAPSHOT_DIR, dir, { recursive: true })
    const json = fixtureJson('ppo-zarechnaya')
    json.org.contacts.email = 'not-an-email'
    writeFileSync(path.join(dir, 'ppo-zarechnaya.json'), JSON.stringify(json))
    const result = await runAstroBuild({ snapshots: dir, out: badOut })
    rmSync(dir, { recursive: true })
    rmSync(badOut, { recursive: true, force: true })
    expect(result.ok).toBe(false)
    expect(result.log).toContain('org "ppo-mine-zarechnaya" (ppo-zarechnaya.json)')
    expect(result.log).toContain('org.contacts.email: Invalid email address')
  }, 60_000)
})
