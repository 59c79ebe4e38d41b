import { UI } from '../consts'
import type { Category, Snapshot } from '../../../domain/contract/snapshot'
import { absoluteUrl, paths, type FeedFormat } from './urls'

/** A feed as `<link rel="alternate">` in a page's head (feed autodiscovery) or a visible link. */
export interface FeedLink {
  format: FeedFormat | 'ical'
  type: 'application/rss+xml' | 'application/atom+xml' | 'text/calendar'
  /** «RSS», «Atom»: the visible link text. */
  label: string
  title: string
  href: string
}

const TYPES = { rss: 'application/rss+xml', atom: 'application/atom+xml' } as const
const LABELS = { rss: UI.feedRss, atom: UI.feedAtom } as const

function linksOf(snapshot: Pick<Snapshot, 'org' | 'site'>, rubric?: Category): FeedLink[] {
  const siteName = snapshot.org.shortName ?? snapshot.org.name
  const what = UI.feedTitle(rubric ? rubric.title : UI.news, siteName)
  return (['rss', 'atom'] as const).map((format) => ({
    format,
    type: TYPES[format],
    label: LABELS[format],
    title: `${what} (${LABELS[format]})`,
    href: absoluteUrl(snapshot.site, paths.feed(format, rubric?.slug)),
  }))
}

/**
 * Feeds of a page: the site's news on every page; on a rubric's page the rubric's feeds come
 * first, as readers subscribe to the first feed a page names.
 */
export function feedLinks(snapshot: Pick<Snapshot, 'org' | 'site'>, rubric?: Category): FeedLink[] {
  return [...(rubric ? linksOf(snapshot, rubric) : []), ...linksOf(snapshot)]
}
