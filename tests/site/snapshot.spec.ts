import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readSites } from '../../site/src/data/loadSites'
import { parseSnapshot } from '../../domain/contract/snapshot'
import { FIXTURES, SNAPSHOT_DIR, fixtureJson, fixtureSnapshot, snapshotProblems } from './fixtures'

describe('snapshot schema', () => {
  it.each(FIXTURES)('accepts the %s fixture', (name) => {
    const snapshot = fixtureSnapshot(name)
    expect(snapshot.version).toBe(1)
    expect(snapshot.feed.length).toBeGreaterThan(0)
  })

  it('fills defaults the exporter may leave out', () => {
    const json = fixtureJson('ppo-severny')
    delete json.org.social
    delete json.feed[0].tags
    const snapshot = parseSnapshot(json, 'x.json')
    expect(snapshot.org.social).toEqual({})
    expect(snapshot.feed[0]!.tags).toEqual([])
    expect(snapshot.feed[0]!.pinned).toBe(false)
  })

  it('names the org key, the file and every failing field path', () => {
    const json = fixtureJson('ppo-zarechnaya')
    json.org.contacts.email = 'not-an-email'
    json.feed[1].provenance.canonicalUrl = 'nope'
    json.site.colour = '#fff'
    const message = snapshotProblems(json, 'ppo-zarechnaya.json')
    expect(message).toContain('org "ppo-mine-zarechnaya" (ppo-zarechnaya.json)')
    expect(message).toContain('3 problem(s)')
    expect(message).toContain('org.contacts.email:')
    expect(message).toContain('feed[1].provenance.canonicalUrl:')
    expect(message).toContain('site.colour: unknown field')
  })

  it('names the source when the org key itself is missing', () => {
    const json = fixtureJson('fnpr')
    delete json.org.key
    const message = snapshotProblems(json, 'broken.json')
    expect(message).toMatch(/^Invalid site snapshot of broken\.json/)
    expect(message).toContain('org.key:')
  })

  it('reports text that is not JSON by its source', () => {
    expect(snapshotProblems('{ nope', 'bad.json')).toMatch(/bad\.json.*\n.*not JSON/)
  })

  it('refuses another format version', () => {
    const json = { ...fixtureJson('fnpr'), version: 2 }
    expect(snapshotProblems(json)).toContain('version:')
  })

  it('refuses media from another host (nothing loads from outside the site)', () => {
    const json = fixtureJson('ugleprof')
    json.feed[0].cover.url = 'https://cdn.example.com/x.jpg'
    expect(snapshotProblems(json)).toContain('feed[0].cover.url:')
  })
})

describe('snapshot consistency rules', () => {
  it('refuses duplicate feed slugs, pointing at the first', () => {
    const json = fixtureJson('ugleprof')
    json.feed[2].slug = json.feed[0].slug
    expect(snapshotProblems(json)).toContain(
      'feed[2].slug: duplicate slug "otraslevoe-soglashenie" (also feed[0])',
    )
  })

  it('refuses a page that would take a URL of the site itself', () => {
    const json = fixtureJson('fnpr')
    Object.assign(json.pages[0], { slug: 'news', path: '/news/' })
    json.navigation = []
    expect(snapshotProblems(json)).toContain('pages[0].path: "/news/" is taken by the site itself')
  })

  it('checks page paths against their parents and menu items against pages', () => {
    const json = fixtureJson('ugleprof')
    json.pages[1].path = '/istoriya/'
    const message = snapshotProblems(json)
    expect(message).toContain('pages[1].path: must be "/o-nas/istoriya/"')
    expect(message).toContain('navigation[0].children[0].path: no page at "/o-nas/istoriya/"')
  })

  it('checks provenance against the org and rubrics against the categories', () => {
    const json = fixtureJson('ppo-zarechnaya')
    json.feed[0].provenance.isOwn = false
    json.feed[2].category.slug = 'unknown'
    const message = snapshotProblems(json)
    expect(message).toContain('feed[0].provenance: not isOwn but orgId is the org')
    expect(message).toContain('feed[2].category.slug: "unknown" is not in categories')
  })

  it('checks the origin against the host and the section base path against the slug', () => {
    const json = fixtureJson('ppo-severny')
    json.site.origin = 'http://other.localhost:4321'
    json.site.basePath = '/org/elsewhere'
    const message = snapshotProblems(json)
    expect(message).toContain('site.origin: host "other.localhost" differs from site.host')
    expect(message).toContain('site.basePath: must be "" or "/org/severny"')
  })
})

describe('readSites', () => {
  function folderWith(files: Record<string, unknown>): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'site-snapshots-'))
    for (const [name, json] of Object.entries(files)) {
      writeFileSync(path.join(dir, name), JSON.stringify(json))
    }
    return dir
  }

  it('reads every fixture, ordered by output prefix', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'site-snapshots-'))
    cpSync(SNAPSHOT_DIR, dir, { recursive: true })
    const sites = await readSites(dir)
    expect(sites.map((s) => s.prefix)).toEqual([
      'localhost',
      'mfp.localhost',
      'ugleprof.localhost',
      'ugleprof.localhost/org/severny',
      'zarechnaya.localhost',
    ])
    rmSync(dir, { recursive: true })
  })

  it('reports every invalid file at once and two snapshots claiming one folder', async () => {
    const bad = fixtureJson('fnpr')
    bad.org.kind = 'club'
    const dir = folderWith({
      'a.json': fixtureJson('ugleprof'),
      'b.json': fixtureJson('ugleprof'),
      'c.json': bad,
      'd.json': { version: 1 },
    })
    const error = await readSites(dir).catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    const message = (error as Error).message
    expect(message).toContain('org "fnpr" (c.json)')
    expect(message).toContain('org.kind:')
    expect(message).toContain('of d.json')
    expect(message).toContain('b.json and a.json both build "ugleprof.localhost"')
    rmSync(dir, { recursive: true })
  })
})
