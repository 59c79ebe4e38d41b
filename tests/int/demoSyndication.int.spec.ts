import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importBundle } from '../../cms/import/importBundle'
import { queryFeed } from '../../cms/syndication/feedQuery'
import { demoWithoutFiles } from '../helpers/demoWithoutFiles'
import { expectRefused } from '../helpers/expectRefused'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let t: TestPayload
let payload: Payload
let req: PayloadRequest
const ids = new Map<string, number | string>()

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  await importBundle(payload, demoWithoutFiles())
  req = await createLocalReq({}, payload)
  for (const collection of ['organizations', 'posts'] as const) {
    const { docs } = await payload.find({
      collection,
      limit: 0,
      pagination: false,
      depth: 0,
      draft: true,
      select: { importKey: true },
    })
    for (const d of docs) ids.set(String(d.importKey).replace(/^demo:(org|post):/, ''), d.id)
  }
})
afterAll(async () => t?.close())

const now = new Date('2026-11-21T12:00:00+03:00')
const feed = async (org: string) =>
  (await queryFeed(req, ids.get(org)!, { limit: 500, now })).map((i) => i.post)
const post = (ref: string) => ids.get(ref)!

describe('syndication in the demo federation', () => {
  it('a mandatory federation post is on every site', async () => {
    const plenum = post('fnpr/plenum-informatsionnaya-politika')
    for (const org of [
      'union-coal',
      'mfp',
      'edu-zelenograd',
      'ppo-zel-kindergarten',
      'ppo-mine-rassvet',
      'ppo-ped-university',
    ])
      expect(await feed(org), org).toContain(plenum)
  })

  it('a union post reaches its own orgs and no other union’s', async () => {
    const { docs } = await payload.find({
      collection: 'posts',
      where: { organization: { equals: ids.get('union-coal') } },
      limit: 1,
      depth: 0,
    })
    const coalPost = docs[0]!.id
    for (const org of ['coal-kuzbass', 'coal-vorkuta', 'ppo-mine-zarechnaya', 'ppo-vorkuta-rmz'])
      expect(await feed(org), org).toContain(coalPost)
    for (const org of ['union-edu', 'ship-spb', 'ppo-school-1234', 'mfp'])
      expect(await feed(org), org).not.toContain(coalPost)
  })

  it('a ТООП post reaches its member territorial orgs and their ППО through membership', async () => {
    const mfpPost = post('mfp/minimalnaya-zarplata-moskva')
    for (const org of [
      'edu-moscow',
      'ship-moscow',
      'ppo-school-1234',
      'ppo-nii-gidro',
      'edu-zelenograd',
    ])
      expect(await feed(org), org).toContain(mfpPost)
    for (const org of ['edu-kemerovo', 'coal-kuzbass', 'union-edu'])
      expect(await feed(org), org).not.toContain(mfpPost)
  })

  it('a ППО story accepted by its territorial org appears across that org’s ППО with provenance', async () => {
    const story = post('ppo-mine-zarechnaya/kollektivnyy-dogovor-podpisan-plyus-9')
    const items = await queryFeed(req, ids.get('ppo-mine-rassvet')!, { limit: 500, now })
    expect(items.find((i) => i.post === story)).toMatchObject({
      origin: ids.get('ppo-mine-zarechnaya'),
      via: ids.get('coal-kuzbass'),
    })
    expect(await feed('coal-kuzbass')).toContain(story)
    expect(await feed('coal-vorkuta')).not.toContain(story)
  })

  it('one ППО hid an item and another pinned one; a review ППО shows only what it accepted', async () => {
    expect(await feed('ppo-kindergarten-solnyshko')).not.toContain(post('fnpr/sportivnye-igry'))
    expect(await feed('ppo-school-1234')).toContain(post('fnpr/sportivnye-igry'))
    const pinnedFirst = (await queryFeed(req, ids.get('ppo-school-1234')!, { limit: 1, now }))[0]
    expect(pinnedFirst).toMatchObject({ post: post('mfp/goryachaya-liniya'), pinned: true })
    const university = await feed('ppo-ped-university')
    expect(university).toContain(post('fnpr/mrot-2026'))
    expect(university).not.toContain(post('fnpr/sportivnye-igry'))
  })

  it('a mandatory post cannot be hidden', async () => {
    const errors = await expectRefused(() =>
      payload.create({
        collection: 'feed-decisions',
        data: {
          organization: ids.get('ppo-zel-lyceum'),
          post: post('fnpr/plenum-informatsionnaya-politika'),
          action: 'hide',
        } as never,
      }),
    )
    expect(errors[0]?.message).toMatch(/обязателен/)
  })
})
