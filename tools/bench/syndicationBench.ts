import { createLocalReq, type Payload } from 'payload'
import { queryFeed } from '../../cms/syndication/feedQuery'
import { loadDownstream } from '../../cms/syndication/loadDownstream'
import { toReach } from '../../domain/syndication/reach'
import { timeRepeated } from './stats'
import type { SyntheticNetwork } from './syntheticNetwork'

/** The site feed of a ППО four levels down, and "who receives this" for a federation post. */
export async function syndicationBench(payload: Payload, network: SyntheticNetwork, runs = 500) {
  const req = await createLocalReq({}, payload)
  const now = new Date()
  const pick = (i: number) => network.primaryOrgs[(i * 2654435761) % network.primaryOrgs.length]!
  const feed = await timeRepeated(runs, 30, (i) => queryFeed(req, pick(i), { limit: 20, now }))
  let receivers = 0
  const reach = await timeRepeated(5, 1, async () => {
    receivers = (await loadDownstream(req, network.federation, toReach({ scope: 'subtree' })))
      .length
  })
  return { feed, reach, receivers }
}
