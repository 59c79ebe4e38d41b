import { join } from 'node:path'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSnapshot } from '../../publishing/snapshot/buildSnapshot'
import { OrgDirectory } from '../../cms/export/orgDirectory'
import { importBundle } from '../../cms/import/importBundle'
import { PROJECT_ROOT } from '../../config/paths'
import { loadBundle } from '../../content/lib/loadBundle'
import { parseSnapshot, type Snapshot } from '../../domain/contract/snapshot'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let t: TestPayload
let payload: Payload
const snapshots = new Map<string, Snapshot>()

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  await importBundle(payload, loadBundle(join(PROJECT_ROOT, 'tests/fixtures/bundles/mini')))
  const directory = await OrgDirectory.load(payload)
  const req = await createLocalReq({}, payload)
  for (const org of directory.orgs.values())
    snapshots.set(org.key, parseSnapshot(await buildSnapshot(req, directory, org.id), org.key))
})
afterAll(async () => t?.close())

describe('snapshot export', () => {
  it('every org gets a snapshot the site schema accepts', () => {
    expect(snapshots.size).toBe(5)
  })

  it('places sites on the network and sections under their host', () => {
    const hosts = [...snapshots.values()].map((s) => `${s.site.host}${s.site.basePath}`)
    expect(hosts).toContain('mini.localhost')
    expect(hosts.some((h) => /\.mini\.localhost\/org\/[a-z0-9-]+$/.test(h))).toBe(true)
  })

  it('syndicated items carry provenance and the canonical URL of the origin site', () => {
    const fed = [...snapshots.values()].find((s) => s.org.kind === 'federation')!
    const ppo = [...snapshots.values()].find(
      (s) => s.org.kind === 'primary_org' && s.site.basePath === '',
    )!
    const own = fed.feed.find((i) => i.provenance.isOwn)!
    const received = ppo.feed.find((i) => i.id === own.id)!
    expect(received.provenance).toMatchObject({
      isOwn: false,
      orgId: fed.org.id,
      canonicalUrl: `${fed.site.origin}/news/${own.slug}/`,
    })
    expect(received.html).toBe(own.html)
  })

  it('exports only published pages and posts, with HTML bodies and file URLs under /media/', () => {
    const all = [...snapshots.values()]
    expect(all.flatMap((s) => s.feed).every((i) => i.html.length > 0)).toBe(true)
    expect(all.flatMap((s) => s.feed).some((i) => i.slug === 'mini-plenum')).toBe(false)
    const docs = all.flatMap((s) => s.documents)
    expect(docs.length).toBe(1)
    expect(docs[0]!.url).toMatch(/^\/media\/documents\//)
    const logo = all.find((s) => s.org.kind === 'federation')!.site.logo
    expect(logo?.url).toMatch(/^\/media\/images\/.+\.png$/)
    expect(logo?.sizes.length).toBeGreaterThan(0)
  })
})
