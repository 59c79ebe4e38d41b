import type { PayloadRequest } from 'payload'
import type { OrgDirectory } from '../../cms/export/orgDirectory'
import type { Event } from '../../cms/payload-types'
import { idOf } from '../../cms/services/refs'
import type { SiteEvent as SnapshotEvent } from '../../domain/contract/event'
import type { OrgId } from '../../domain/org/orgGraph'
import { NAMED_ORGS_SELECT, storedReach } from '../../domain/publishing/siteChange'
import { siteEvents, type EventReach } from '../../domain/publishing/siteEvents'
import { SyndicationGraph } from '../../domain/syndication/graph'
import { mediaRef } from '../../cms/richText/html/mediaRef'
import { CHUNK, SOURCE_POPULATE } from './sourceQueries'

type SourceEvent = Pick<
  Event,
  | 'id'
  | 'title'
  | 'slug'
  | 'startsAt'
  | 'endsAt'
  | 'allDay'
  | 'place'
  | 'onlineUrl'
  | 'registrationUrl'
  | 'lead'
  | 'body'
  | 'cover'
  | 'updatedAt'
  | 'organization'
  | 'reachDepth'
  | 'receivers'
>
type Loaded = EventReach & { doc: SourceEvent }

/** Every site's events of a batch, in the contract's shape; `html` converts a description. */
export type EventsOf = (org: OrgId, html: (id: string, body: unknown) => string) => SnapshotEvent[]

/**
 * Reads the events the sites of `orgIds` show: the published events of the orgs themselves and
 * of every org above them (parent and membership edges), one query per 500 such origins, then
 * keeps per site those whose reach arrives (domain/publishing/siteEvents.ts). An event's
 * `ended` is decided here, at `now`; recordEndedEvents rebuilds the sites when that changes.
 */
export async function loadEventSources(
  req: PayloadRequest,
  directory: OrgDirectory,
  orgIds: readonly OrgId[],
  now = new Date(),
): Promise<EventsOf> {
  const graph = new SyndicationGraph(
    [...directory.orgs.values()].map((o) => ({ ...o, policy: 'auto' as const })),
  )
  const origins = new Set<string>()
  for (const org of orgIds) for (const id of graph.distances(org, 'up').keys()) origins.add(id)
  const list = [...origins]
  const events: Loaded[] = []
  for (let i = 0; i < list.length; i += CHUNK) {
    const { docs } = await req.payload.find({
      collection: 'events',
      where: {
        and: [
          { organization: { in: list.slice(i, i + CHUNK) } },
          { _status: { equals: 'published' } },
        ],
      },
      depth: 1,
      select: {
        title: true,
        slug: true,
        startsAt: true,
        endsAt: true,
        allDay: true,
        place: true,
        onlineUrl: true,
        registrationUrl: true,
        lead: true,
        body: true,
        cover: true,
        updatedAt: true,
        organization: true,
        reachDepth: true,
        receivers: true,
        reach: NAMED_ORGS_SELECT,
      },
      populate: SOURCE_POPULATE,
      overrideAccess: true,
      req,
      limit: 0,
      pagination: false,
    })
    for (const doc of docs as SourceEvent[]) {
      const org = idOf(doc.organization)
      if (org === null || !doc.slug || !doc.startsAt) continue
      const { startsAt, endsAt, allDay } = doc
      events.push({ id: doc.id, org, reach: storedReach(doc), startsAt, endsAt, allDay, doc })
    }
  }
  return (orgId, html) =>
    toSnapshotEvents(directory, orgId, siteEvents(graph, orgId, events, now), html)
}

function toSnapshotEvents(
  directory: OrgDirectory,
  orgId: OrgId,
  shown: ReturnType<typeof siteEvents<Loaded>>,
  html: (id: string, body: unknown) => string,
): SnapshotEvent[] {
  // The org's own events keep their slugs (others link to them there); a received event keeps
  // its origin's slug unless taken, then gets the origin as suffix, as news do.
  const own = (event: Loaded) => String(event.org) === String(orgId)
  const slugs = new Set(shown.filter((s) => own(s.event)).map((s) => s.event.doc.slug!))
  return shown.map(({ event, ended }) => {
    const { doc } = event
    const origin = directory.get(event.org)!
    let slug = doc.slug!
    if (!own(event) && slugs.has(slug)) slug = `${doc.slug}-${origin.slug}`
    slugs.add(slug)
    const text = (value: string | null | undefined) => value?.trim() || undefined
    return {
      id: String(doc.id),
      title: doc.title,
      slug,
      startsAt: new Date(doc.startsAt).toISOString(),
      endsAt: new Date(doc.endsAt ?? doc.startsAt).toISOString(),
      allDay: doc.allDay ?? false,
      place: text(doc.place),
      onlineUrl: text(doc.onlineUrl),
      registrationUrl: text(doc.registrationUrl),
      lead: doc.lead ?? '',
      html: doc.body ? html(`event:${doc.id}`, doc.body) : '',
      cover: mediaRef(doc.cover),
      updatedAt: new Date(doc.updatedAt).toISOString(),
      ended,
      provenance: {
        orgId: String(origin.id),
        orgName: origin.name,
        orgShortName: origin.shortName,
        isOwn: String(origin.id) === String(orgId),
        canonicalUrl: `${directory.address(origin.id).url}events/${doc.slug}/`,
      },
    }
  })
}
