import { addWeeks, isoWeekOf, weekStartsAt, type IsoWeek } from './isoWeek'

/** What the stand needs to know of an item to choose and order it. */
export interface StandCandidate {
  publishedAt: string
  pinned: boolean
  mandatory: boolean
}

/** Pinned first (the org chose it), then mandatory (placed from above), then the rest. */
const rank = (item: StandCandidate) => (item.pinned ? 0 : item.mandatory ? 1 : 2)

/**
 * The stand of one week: the items the site shows that were published in that week (on the
 * site's wall clock), pinned and mandatory first, each group newest first. The feed arrives
 * already filtered by the CMS (hidden items are not in it), so the stand shows what the site does.
 */
export function standItems<T extends StandCandidate>(
  feed: readonly T[],
  week: IsoWeek,
  timeZone: string,
): T[] {
  // Bounds once, then a number comparison per item: every site's plan runs this at each publish.
  const start = weekStartsAt(week, timeZone)
  const end = weekStartsAt(addWeeks(week, 1), timeZone)
  return feed
    .filter((item) => {
      const at = Date.parse(item.publishedAt)
      return at >= start && at < end
    })
    .sort((a, b) => rank(a) - rank(b) || Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
}

/**
 * The week the site's «Стенд» page shows: the week of its newest item. Derived from the feed,
 * not from the clock, so the page's bytes depend on its inputs only (as every page's do); a
 * week with nothing new keeps the last stand up, as a paper one would stay on the board.
 */
export function latestStandWeek(
  feed: readonly Pick<StandCandidate, 'publishedAt'>[],
  timeZone: string,
): IsoWeek | undefined {
  let newest: string | undefined
  for (const item of feed) {
    if (newest === undefined || Date.parse(item.publishedAt) > Date.parse(newest))
      newest = item.publishedAt
  }
  return newest === undefined ? undefined : isoWeekOf(newest, timeZone)
}

/** On Monday morning the chairperson gets the stand of the week that has just ended. */
export function mailedStandWeek(now: Date, timeZone: string): IsoWeek {
  return addWeeks(isoWeekOf(now, timeZone), -1)
}
