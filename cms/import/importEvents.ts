import type { Payload } from 'payload'
import type { Bundle } from '../../content/lib/loadBundle'
import { loadEvents } from '../../content/lib/loadEvents'
import { bodyMedia } from './bodyMedia'
import { eventDates } from './eventDates'
import { tally, type ImportReport } from './importReport'
import { markdownToLexical } from './markdownToLexical'
import { stableHash } from './stableHash'
import { upsert } from './upsert'
import { reachData } from './importReach'

type Ids = Map<string, string | number>

/**
 * Imports events/*.json after the orgs and media. The hash is the entry's, not its computed
 * dates: a second seed on a later day writes nothing, as for every other entry.
 */
export async function importEvents(
  payload: Payload,
  bundle: Bundle,
  ids: {
    orgs: Ids
    media: Ids
    keyOf: (kind: string, key: string) => string
    report: ImportReport
  },
  now = new Date(),
): Promise<void> {
  const events = loadEvents(bundle.dir, new Set(ids.orgs.keys()), new Set(ids.media.keys()))
  const need = (map: Ids, key: string) => {
    const id = map.get(key)
    if (id === undefined) throw new Error(`Import: unknown media "${key}"`)
    return id
  }
  for (const e of events) {
    const { file: _file, ...entry } = e
    const r = await upsert(payload, {
      collection: 'events',
      importKey: ids.keyOf('event', e.key),
      hash: stableHash(entry),
      draft: e.status === 'draft',
      data: {
        title: e.title,
        slug: e.slug,
        ...eventDates(e, now),
        place: e.place,
        onlineUrl: e.onlineUrl,
        registrationUrl: e.registrationUrl,
        lead: e.lead,
        body: e.description
          ? await markdownToLexical(
              payload.config,
              bodyMedia(e.description, (key) => need(ids.media, key)),
            )
          : undefined,
        cover: e.cover ? need(ids.media, e.cover) : null,
        // loadEvents checked the org key against the bundle's organizations.
        organization: ids.orgs.get(e.org)!,
        reach: reachData(ids.orgs, e.reach ?? { scope: 'own' }),
      },
    })
    tally(ids.report, 'events', r.action)
  }
}
