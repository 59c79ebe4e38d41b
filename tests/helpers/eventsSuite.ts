import type { Payload } from 'payload'
import type { apiClient } from './apiClient'
import { PASSWORD, type World } from './world'

/**
 * What the two events suites (access attacks, publishing) share: dates relative to now and the
 * small helpers that create and count events and log users in. Each suite starts its own CMS;
 * the helpers read it through `get`, called when a test runs.
 */
export const HOUR = 60 * 60 * 1000
export const inDays = (days: number) => new Date(Date.now() + days * 24 * HOUR).toISOString()

export function eventHelpers(
  get: () => { payload: Payload; world: World; api: ReturnType<typeof apiClient> },
) {
  let n = 0
  async function event(org: keyof World['orgs'], status: 'published' | 'draft', extra = {}) {
    const { payload, world } = get()
    const doc = await payload.create({
      collection: 'events',
      data: {
        title: `Собрание ${++n}`,
        startsAt: inDays(10),
        endsAt: new Date(Date.parse(inDays(10)) + 2 * HOUR).toISOString(),
        organization: world.orgs[org],
        _status: status,
        ...extra,
      } as never,
      draft: status === 'draft',
      depth: 0,
    })
    return doc.id
  }
  const count = async (where = {}) =>
    (await get().payload.count({ collection: 'events', where, overrideAccess: true })).totalDocs
  const tokenOf = (user: keyof World['users']) => {
    const { api, world } = get()
    return api.login(world.users[user].email, PASSWORD)
  }
  return { event, count, tokenOf }
}
