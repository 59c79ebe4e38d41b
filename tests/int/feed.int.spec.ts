import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { feedOf } from '../../domain/syndication/feed'
import { queryFeed, queryFeeds } from '../../cms/syndication/feedQuery'
import { SyndicationGraph } from '../../domain/syndication/graph'
import { loadDownstream } from '../../cms/syndication/loadDownstream'
import { loadDownstreamLocal } from '../../cms/syndication/loadDownstreamLocal'
import { toReach } from '../../domain/syndication/reach'
import { receiversOf } from '../../domain/syndication/receivers'
import { buildRandomFederation, type RandomFederation } from '../helpers/randomFederation'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { readDeveloperConfig } from '../../config'

const SEED = readDeveloperConfig().FEED_SEED
const LIMIT = 60

let t: TestPayload
let payload: Payload
let world: RandomFederation

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  world = await buildRandomFederation(payload, SEED, { orgs: 180, posts: 900 })
})
afterAll(async () => t?.close())

/** Compares queryFeed with feedOf for every org of the world as it now is. */
async function compareEveryFeed(limit = LIMIT): Promise<number> {
  const graph = new SyndicationGraph(world.orgs)
  const now = new Date('2026-06-01T00:00:00Z')
  const req = await createLocalReq({}, payload)
  // The publishing worker's form: all readers' upstream walks at once.
  const batched = await queryFeeds(
    req,
    world.orgs.map((o) => o.id),
    { limit, now },
  )
  let nonEmpty = 0
  for (const org of world.orgs) {
    const expected = feedOf({
      graph,
      org: org.id,
      posts: world.posts,
      reposts: world.reposts,
      decisions: world.decisions,
      now,
    }).slice(0, limit)
    const actual = await queryFeed(req, org.id, { limit, now })
    expect(actual, `feed of org ${org.id} (${org.kind}, ${org.policy})`).toEqual(expected)
    expect(batched.get(String(org.id)), `batched feed of org ${org.id}`).toEqual(expected)
    if (expected.length > 0) nonEmpty++
  }
  return nonEmpty
}

describe(`the feed query agrees with feedOf on a random federation (seed ${SEED})`, () => {
  it('for every organization', async () => {
    // The generator must produce interesting feeds, or the comparison proves little.
    expect(await compareEveryFeed()).toBeGreaterThan(world.orgs.length * 0.8)
  })

  it('with published posts whose date was cleared (last in feedOf, first in a PostgreSQL sort)', async () => {
    const cleared = world.posts.filter((p, i) => p.published && i % 15 === 0)
    for (const post of cleared) {
      await payload.update({
        collection: 'posts',
        id: post.id,
        data: { publishedAt: null },
        depth: 0,
        overrideAccess: true,
      })
      post.publishedAt = ''
    }
    expect(cleared.length).toBeGreaterThan(20)
    expect(
      (await payload.findByID({ collection: 'posts', id: cleared[0]!.id })).publishedAt,
    ).toBeFalsy()
    // A small limit, so that the per-origin branches are cut and the order of NULLs matters.
    await compareEveryFeed(5)
    await compareEveryFeed()
  })
})

describe('"who receives this" agrees with receiversOf', () => {
  const reaches = [
    toReach({ scope: 'subtree' }),
    toReach({ scope: 'children' }),
    toReach({ scope: 'subtree', maxDepth: 2 }),
    toReach({ scope: 'subtree', kinds: ['primary_org', 'territorial_org'] }),
  ]
  it('for every organization and several reaches, on both query paths', async () => {
    const graph = new SyndicationGraph(world.orgs)
    const req = await createLocalReq({}, payload)
    for (const org of world.orgs)
      for (const reach of reaches) {
        const expected = Object.fromEntries(receiversOf(graph, org.id, reach))
        for (const load of [loadDownstream, loadDownstreamLocal]) {
          const actual = await load(req, org.id, reach)
          const label = `${load.name} from org ${org.id}, depth ${reach.depth}, ${reach.kinds}`
          expect(Object.fromEntries(actual.map((r) => [String(r.id), r.distance])), label).toEqual(
            expected,
          )
          // Nearest first, each org once.
          const distances = actual.map((r) => r.distance)
          expect(distances, label).toEqual([...distances].sort((a, b) => a - b))
        }
      }
  })
})
