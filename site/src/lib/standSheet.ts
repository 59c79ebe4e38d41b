import { weekDays, weekLabel, type IsoWeek } from '../../../domain/stand/isoWeek'
import { latestStandWeek, standItems } from '../../../domain/stand/standItems'
import type { FeedItem } from '../../../domain/contract/snapshot'
import type { SiteEvent } from '../../../domain/contract/event'
import type { SiteData } from '../data/site'
import { absoluteUrl, paths } from './urls'

/** Upcoming events printed under the news: a sheet of A4 has room for a few. */
export const STAND_EVENTS_MAX = 5

/** One week's stand of one site: what its print page shows. */
export interface StandSheet {
  week: IsoWeek
  /** `2026-w49`, the week's part of the stand's addresses. */
  label: string
  /** The week's first and last day, `YYYY-MM-DD`. */
  from: string
  to: string
  items: FeedItem[]
  events: SiteEvent[]
}

export function standSheet(site: SiteData, week: IsoWeek): StandSheet {
  const days = weekDays(week)
  return {
    week,
    label: weekLabel(week),
    from: days[0]!,
    to: days[6]!,
    items: standItems(site.snapshot.feed, week, site.timeZone),
    events: site.snapshot.events.filter((e) => !e.ended).slice(0, STAND_EVENTS_MAX),
  }
}

const latest = new WeakMap<SiteData, StandSheet | null>()

/**
 * The stand of the week of the site's newest item; none for a site without items. Once per site:
 * the «Стенд» page and the print page both plan with it.
 */
export function latestStand(site: SiteData): StandSheet | undefined {
  let stand = latest.get(site)
  if (stand === undefined) {
    const week = latestStandWeek(site.snapshot.feed, site.timeZone)
    stand = week ? standSheet(site, week) : null
    latest.set(site, stand)
  }
  return stand ?? undefined
}

/** The item's page on THIS site (not its origin's): what the reader at the board knows. */
export const standItemUrl = (site: SiteData, item: FeedItem) =>
  absoluteUrl(site.snapshot.site, paths.article(item.slug))
