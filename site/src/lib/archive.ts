import type { FeedItem } from '../../../domain/contract/snapshot'

/** One year of a site's archive: its items, newest first. */
export interface ArchiveYear {
  /** Four digits, the URL segment: /news/archive/2025/. */
  year: string
  items: FeedItem[]
}

const yearFormats = new Map<string, Intl.DateTimeFormat>()

/** The year of an instant in the site's time zone (a post at 23:30 on 31 December, Moscow). */
export function yearOf(iso: string, timeZone: string): string {
  let format = yearFormats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric' })
    yearFormats.set(timeZone, format)
  }
  return format.format(new Date(iso))
}

/**
 * Every item of the site grouped by the year it was published (in the site's zone), newest year
 * first, each year newest first: pins do not reorder an archive. Empty years are left out.
 */
export function archiveYears(feed: readonly FeedItem[], timeZone: string): ArchiveYear[] {
  // Dates may carry any offset (+03:00, Z): compared as instants, ties by id for a total order.
  const byDate = feed
    .map((item) => ({ item, at: Date.parse(item.publishedAt) }))
    .sort((a, b) => b.at - a.at || (a.item.id < b.item.id ? 1 : a.item.id > b.item.id ? -1 : 0))
    .map(({ item }) => item)
  const years = new Map<string, FeedItem[]>()
  for (const item of byDate) {
    const year = yearOf(item.publishedAt, timeZone)
    const list = years.get(year)
    if (list) list.push(item)
    else years.set(year, [item])
  }
  return [...years].map(([year, items]) => ({ year, items }))
}
