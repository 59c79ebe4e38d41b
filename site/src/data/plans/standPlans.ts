import type { SiteData } from '../site'
import { latestStand, type StandSheet } from '../../lib/standSheet'
import { chrome, type RoutePlan } from './routePlan'

export interface StandProps {
  site: SiteData
  /** Absent on a site without items: the «Стенд» page then says so. */
  stand: StandSheet | undefined
}

/** `/stand/` of every site, with the latest week's stand (the week of its newest item). */
export function standRoutes(sites: SiteData[]) {
  return sites.map((site) => ({
    params: { site: site.prefix },
    props: { site, stand: latestStand(site) } satisfies StandProps,
  }))
}

/**
 * The print page of the latest week only: a static page per week of every site would multiply a
 * site's pages; another week is rendered on demand by the renderer with the same props.
 */
export function standPrintRoutes(sites: SiteData[]) {
  return standRoutes(sites).flatMap(({ params, props }) =>
    props.stand ? [{ params: { ...params, week: props.stand.label }, props }] : [],
  )
}

/**
 * The weekly stand (issue 17). The «Стенд» page shows the week's label; the print page its
 * items, the upcoming events, the zone its dates are in and the org's contacts (in the chrome).
 */
export const STAND_PLANS: RoutePlan[] = [
  {
    route: '/[...site]/stand',
    type: 'page',
    entries: standRoutes,
    inputs: ({ site, stand }: StandProps) => [chrome(site), stand?.label ?? null],
  },
  {
    route: '/[...site]/stand/[week]',
    type: 'page',
    entries: standPrintRoutes,
    inputs: ({ site, stand }: StandProps) => [
      chrome(site),
      site.timeZone,
      stand?.label,
      // What the sheet prints of each item and event (not their bodies, which it does not show).
      stand?.items.map(({ slug, title, lead, publishedAt, pinned, mandatory, provenance }) => [
        slug,
        title,
        lead,
        publishedAt,
        pinned,
        mandatory,
        provenance.isOwn || provenance.orgName,
      ]),
      stand?.events.map(({ title, startsAt, endsAt, allDay, place }) => [
        title,
        startsAt,
        endsAt,
        allDay,
        place,
      ]),
    ],
  },
]
