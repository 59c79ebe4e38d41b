import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { feedOf } from '../../cms/syndication/feed'
import { queryFeed } from '../../cms/syndication/feedQuery'
import { SyndicationGraph } from '../../cms/syndication/graph'
import { buildRandomFederation, type RandomFederation } from '../helpers/randomFederation'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

const SEED = Number(process.env.FEED_SEED ?? 20261122)
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

describe(`the feed query agrees with feedOf on a random federation (seed ${SEED})`, () => {
  it('for every organization', async () => {
    const graph = new SyndicationGraph(world.orgs)
    const now = new Date('2026-06-01T00:00:00Z')
    const req = await createLocalReq({}, payload)
    let compared = 0
    let nonEmpty = 0
    for (const org of world.orgs) {
      const expected = feedOf({
        graph,
        org: org.id,
        posts: world.posts,
        reposts: world.reposts,
        decisions: world.decisions,
        now,
      }).slice(0, LIMIT)
      const actual = await queryFeed(req, org.id, { limit: LIMIT, now })
      expect(actual, `feed of org ${org.id} (${org.kind}, ${org.policy})`).toEqual(expected)
      compared++
      if (expected.length > 0) nonEmpty++
    }
    expect(compared).toBe(world.orgs.length)
    // The generator must produce interesting feeds, or the comparison proves little.
    expect(nonEmpty).toBeGreaterThan(world.orgs.length * 0.8)
  })
})
