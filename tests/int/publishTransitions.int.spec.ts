import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OrgDirectory } from '../../cms/export/orgDirectory'
import { openQueue } from '../../cms/publishing/queue/openQueue'
import { publishActions, type PublishActions } from '../helpers/publishing/publishActions'
import { startPublishedDemo, type PublishedDemo } from '../helpers/publishing/publishedDemo'
import { expectSameAsCleanBuild } from '../helpers/cleanBuild'
import { describeEventTransitions } from '../helpers/publishing/eventTransitions'
import { describePrivacyTransitions } from '../helpers/publishing/privacyTransitions'
import { httpGet } from '../serve/helpers/httpGet'
import { apiClient } from '../helpers/apiClient'
import { restUpload } from '../helpers/multipartClient'
import { SAMPLE_PDF } from '../helpers/files'
import { drainWorker } from '../helpers/publishing/drainWorker'

/**
 * Every transition of the publish state, with and without a newer draft, reaches the sites:
 * after the worker drains the queue each site shows exactly the published state.
 */
let demo: PublishedDemo
let payload: Payload
let directory: OrgDirectory
let act: PublishActions
// A territorial org's post reaches its ППО; its admin edits both.
const OWNER = 'coal-kuzbass'
const BELOW = 'ppo-mine-zarechnaya'
const orgId = (key: string) => [...directory.orgs.values()].find((o) => o.key === key)!.id

beforeAll(async () => {
  demo = await startPublishedDemo()
  payload = demo.payload
  directory = await OrgDirectory.load(payload)
  act = publishActions(payload, { email: 'admin@kuzbass-coal.demo', password: 'demo-terkom-2026' })
})
afterAll(async () => demo?.close())

/** What a reader gets at a path of an org's site: the title shown, or null for a 404. */
async function shown(key: string, sitePath: string): Promise<string | null> {
  const { host, basePath } = directory.address(orgId(key))
  const answer = await httpGet(demo.server.port, `${host}:${demo.server.port}`, basePath + sitePath)
  if (answer.status === 404) return null
  expect(answer.status).toBe(200)
  return /<h1[^>]*>([^<]*)</.exec(answer.body.toString('utf8'))?.[1]?.trim() ?? ''
}

let n = 0
/** A post of OWNER published as `v1`, optionally with a newer draft `v2` saved after it. */
async function livePost(withNewerDraft: boolean, extra: Record<string, unknown> = {}) {
  const slug = `perekhod-${++n}`
  const id = await act.create(
    'posts',
    { title: `Новость ${n} v1`, slug, organization: orgId(OWNER), ...extra },
    true,
  )
  if (withNewerDraft) await act.saveDraft('posts', id, { title: `Новость ${n} v2` })
  await drainWorker(demo.worker)
  expect(await shown(BELOW, `/news/${slug}/`)).toBe(`Новость ${n} v1`)
  return { id, slug, n }
}

const news = async (slug: string) => [
  await shown(OWNER, `/news/${slug}/`),
  await shown(BELOW, `/news/${slug}/`),
]

describe('every transition of a post’s publish state reaches its sites', () => {
  for (const newer of [false, true]) {
    const tag = newer ? 'with a newer draft' : 'without a newer draft'

    it(`unpublish ${tag}: gone from every site`, async () => {
      const post = await livePost(newer)
      await act.unpublish('posts', post.id)
      await drainWorker(demo.worker)
      expect(await news(post.slug)).toEqual([null, null])
    })

    it(`publish ${tag}: the latest version is shown`, async () => {
      const post = await livePost(newer)
      await act.publish('posts', post.id)
      await drainWorker(demo.worker)
      const title = `Новость ${post.n} ${newer ? 'v2' : 'v1'}`
      expect(await news(post.slug)).toEqual([title, title])
    })

    it(`publish ${tag} that narrows the reach: gone from the sites it left`, async () => {
      const post = await livePost(newer)
      await act.publish('posts', post.id, { reach: { scope: 'own' } })
      await drainWorker(demo.worker)
      const title = `Новость ${post.n} ${newer ? 'v2' : 'v1'}`
      expect(await news(post.slug)).toEqual([title, null])
    })

    it(`delete ${tag}: gone from every site`, async () => {
      const post = await livePost(newer)
      await act.remove('posts', post.id)
      await drainWorker(demo.worker)
      expect(await news(post.slug)).toEqual([null, null])
    })

    it(`scheduled unpublish ${tag}: gone from every site`, async () => {
      const post = await livePost(newer)
      await act.schedule('posts', post.id, 'unpublish')
      await drainWorker(demo.worker)
      expect(await news(post.slug)).toEqual([null, null])
    })

    it(`scheduled publish ${tag}: the latest version is shown`, async () => {
      const post = await livePost(newer)
      await act.schedule('posts', post.id, 'publish')
      await drainWorker(demo.worker)
      const title = `Новость ${post.n} ${newer ? 'v2' : 'v1'}`
      expect(await news(post.slug)).toEqual([title, title])
    })

    it(`restoring an older draft version ${tag}: unpublished everywhere`, async () => {
      const slug = `perekhod-${++n}`
      const id = await act.create(
        'posts',
        { title: `Новость ${n} v0`, slug, organization: orgId(OWNER) },
        false,
      )
      await act.publish('posts', id, { title: `Новость ${n} v1` })
      if (newer) await act.saveDraft('posts', id, { title: `Новость ${n} v2` })
      await drainWorker(demo.worker)
      expect(await news(slug)).toEqual([`Новость ${n} v1`, `Новость ${n} v1`])
      const versions = await act.versions('posts', id)
      const first = versions.at(-1)!
      expect(first.version._status).toBe('draft')
      await act.restore('posts', first.id)
      await drainWorker(demo.worker)
      expect(await news(slug)).toEqual([null, null])
    })

    it(`restoring an older published version ${tag}: that version is shown`, async () => {
      const post = await livePost(newer)
      await act.publish('posts', post.id, { title: `Новость ${post.n} v3` })
      await drainWorker(demo.worker)
      const v1 = (await act.versions('posts', post.id)).find(
        (v) => v.version._status === 'published' && v.version.title === `Новость ${post.n} v1`,
      )!
      await act.restore('posts', v1.id)
      await drainWorker(demo.worker)
      const title = `Новость ${post.n} v1`
      expect(await news(post.slug)).toEqual([title, title])
    })
  }

  it('a draft saved over a published post changes nothing on the sites', async () => {
    const post = await livePost(false)
    await act.saveDraft('posts', post.id, { title: 'Черновик не для сайта' })
    // Not even a rebuild: the published row is untouched.
    expect(await openQueue(payload).backlog()).toEqual({ hosts: 0, changes: 0 })
    await drainWorker(demo.worker)
    const title = `Новость ${post.n} v1`
    expect(await news(post.slug)).toEqual([title, title])
  })
})

describe('every transition of a page’s publish state reaches its site', () => {
  async function livePage(withNewerDraft: boolean) {
    const slug = `stranitsa-${++n}`
    const id = await act.create(
      'pages',
      { title: `Страница ${n} v1`, slug, organization: orgId(BELOW) },
      true,
    )
    if (withNewerDraft) await act.saveDraft('pages', id, { title: `Страница ${n} v2` })
    await drainWorker(demo.worker)
    expect(await shown(BELOW, `/${slug}/`)).toBe(`Страница ${n} v1`)
    return { id, slug, n }
  }

  for (const newer of [false, true]) {
    const tag = newer ? 'with a newer draft' : 'without a newer draft'
    it(`unpublish ${tag}: gone from the site`, async () => {
      const page = await livePage(newer)
      await act.unpublish('pages', page.id)
      await drainWorker(demo.worker)
      expect(await shown(BELOW, `/${page.slug}/`)).toBeNull()
    })
    it(`scheduled unpublish ${tag}: gone from the site`, async () => {
      const page = await livePage(newer)
      await act.schedule('pages', page.id, 'unpublish')
      await drainWorker(demo.worker)
      expect(await shown(BELOW, `/${page.slug}/`)).toBeNull()
    })
  }
})

describe('a membership edge added or removed reaches the structure pages of both sides', () => {
  // The platform admin edits memberships through REST, as the admin form sends them.
  const api = () => apiClient(payload)
  const asAdmin = () => api().login('admin@union-sites.local', 'demo-admin-2026')
  async function setMemberships(key: string, upstream: string[]) {
    const answer = await api().rest('PATCH', `/organizations/${orgId(key)}?depth=0`, {
      token: await asAdmin(),
      body: { memberships: upstream.map(orgId) },
    })
    expect(answer.status).toBe(200)
  }
  /** The text of the section of `key`'s structure page under the heading `headingId`. */
  async function structureSection(key: string, headingId: string): Promise<string> {
    const { host, basePath } = directory.address(orgId(key))
    const answer = await httpGet(
      demo.server.port,
      `${host}:${demo.server.port}`,
      `${basePath}/structure/`,
    )
    expect(answer.status).toBe(200)
    const html = answer.body.toString('utf8')
    return (
      new RegExp(`<section aria-labelledby="${headingId}"[^>]*>(.*?)</section>`, 's').exec(
        html,
      )?.[1] ?? ''
    )
  }
  const nameOf = (key: string) => directory.get(orgId(key))!.name
  const urlOf = (key: string) => directory.address(orgId(key)).url

  it('membership added: the association lists the new member, the member says «Входит в»', async () => {
    expect(await structureSection('mfp', 'children-heading')).not.toContain(nameOf('coal-vorkuta'))
    await setMemberships('coal-vorkuta', ['mfp'])
    await drainWorker(demo.worker)
    expect(await structureSection('mfp', 'children-heading')).toContain(
      `<a href="${urlOf('coal-vorkuta')}">${nameOf('coal-vorkuta')}</a>`,
    )
    const memberOf = await structureSection('coal-vorkuta', 'member-of-heading')
    expect(memberOf).toContain('Входит в')
    expect(memberOf).toContain(`<a href="${urlOf('mfp')}">${nameOf('mfp')}</a>`)
  })

  it('membership removed: gone from both sides', async () => {
    expect(await structureSection('mfp', 'children-heading')).toContain(nameOf('edu-moscow'))
    await setMemberships('edu-moscow', [])
    await drainWorker(demo.worker)
    expect(await structureSection('mfp', 'children-heading')).not.toContain(nameOf('edu-moscow'))
    expect(await structureSection('edu-moscow', 'member-of-heading')).toBe('')
  })
})

describe('a document given a reach and narrowed again reaches the Документы pages below', () => {
  /** The text of `key`'s Документы page. */
  async function documentsPage(key: string): Promise<string> {
    const { host, basePath } = directory.address(orgId(key))
    const answer = await httpGet(
      demo.server.port,
      `${host}:${demo.server.port}`,
      `${basePath}/documents/`,
    )
    expect(answer.status).toBe(200)
    return answer.body.toString('utf8')
  }

  it('shown under «Документы вышестоящих организаций» below, then gone from there', async () => {
    const api = apiClient(payload)
    const token = await api.login('admin@kuzbass-coal.demo', 'demo-terkom-2026')
    const created = await restUpload(payload, 'POST', '/documents', {
      token,
      file: { bytes: SAMPLE_PDF, name: 'polozhenie.pdf', type: 'application/pdf' },
      data: {
        title: 'Положение о смотре-конкурсе (переход)',
        docType: 'regulation',
        year: 2026,
        organization: orgId(OWNER),
        reach: { scope: 'subtree' },
      },
    })
    expect(created.status).toBe(201)
    await drainWorker(demo.worker)
    const below = await documentsPage(BELOW)
    expect(below).toContain('Документы вышестоящих организаций')
    expect(below).toContain('Положение о смотре-конкурсе (переход)')
    const narrowed = await api.rest('PATCH', `/documents/${created.body.doc.id}?depth=0`, {
      token,
      body: { reach: { scope: 'own' } },
    })
    expect(narrowed.status).toBe(200)
    await drainWorker(demo.worker)
    expect(await documentsPage(BELOW)).not.toContain('Положение о смотре-конкурсе (переход)')
    expect(await documentsPage(OWNER)).toContain('Положение о смотре-конкурсе (переход)')
  })
})

describeEventTransitions(() => ({
  payload,
  act,
  owner: () => orgId(OWNER),
  drain: () => drainWorker(demo.worker),
  shown: (sitePath) => shown(BELOW, sitePath),
  html: async (sitePath) => {
    const { host, basePath } = directory.address(orgId(BELOW))
    const answer = await httpGet(
      demo.server.port,
      `${host}:${demo.server.port}`,
      basePath + sitePath,
    )
    return answer.body.toString('utf8')
  },
}))

describePrivacyTransitions(() => ({
  payload,
  org: () => orgId(BELOW),
  login: { email: 'admin@kuzbass-coal.demo', password: 'demo-terkom-2026' },
  drain: () => drainWorker(demo.worker),
  html: async (sitePath) => {
    const { host, basePath } = directory.address(orgId(BELOW))
    const answer = await httpGet(
      demo.server.port,
      `${host}:${demo.server.port}`,
      basePath + sitePath,
    )
    return answer.body.toString('utf8')
  },
}))

describe('after all these transitions', () => {
  it('the live sites equal a clean full build, byte for byte', async () => {
    await expectSameAsCleanBuild(payload, path.join(demo.root, 'clean'), demo.dirs.live)
  })
})
