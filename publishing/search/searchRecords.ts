import type { CustomRecord } from 'pagefind'
import type { SiteData } from '../../site/src/data/site'
import { absoluteUrl, fileUrl, paths } from '../../site/src/lib/urls'
import { escapeHtml, plainText } from './plainText'

/** One page or file a site shows of its OWN content, as Pagefind indexes it. */
export type SearchRecord = CustomRecord & { meta: Record<string, string> }

const LANGUAGE = 'ru'

/**
 * The records of one host's index: for each org on it, its own items, its pages and its
 * documents' titles — never received items (they are in their origin's index, which receivers
 * merge), so a federation post changes one index, not every receiver's. URLs are canonical; the
 * `org` filter lets a section site keep only its own records of the shared host index.
 */
export function searchRecords(sites: readonly SiteData[]): SearchRecord[] {
  const records: SearchRecord[] = []
  // By output folder, whoever calls: the static build and the worker write the same bytes.
  for (const site of [...sites].sort((a, b) => a.prefix.localeCompare(b.prefix))) {
    const { org, site: settings, feed, pages, documents } = site.snapshot
    const filters = { org: [String(org.id)] }
    const source = org.shortName ?? org.name
    // The home page: the org's names and description. It also keeps an index from being empty
    // (Pagefind writes no Russian index without a record, and the site's search would fail).
    records.push({
      url: absoluteUrl(settings, paths.home),
      content: escapeHtml([org.name, org.shortName ?? '', org.about ?? ''].join(' ')),
      language: LANGUAGE,
      meta: { title: org.name, source },
      filters,
    })
    for (const item of feed) {
      if (!item.provenance.isOwn) continue
      records.push({
        url: item.provenance.canonicalUrl,
        content: itemText(item.title, item.lead, item.html),
        language: LANGUAGE,
        meta: { title: item.title, date: item.publishedAt, source },
        filters,
      })
    }
    for (const event of site.snapshot.events) {
      if (!event.provenance.isOwn) continue
      records.push({
        url: event.provenance.canonicalUrl,
        content: itemText(event.title, event.lead, event.html),
        language: LANGUAGE,
        meta: { title: event.title, date: event.startsAt, source },
        filters,
      })
    }
    for (const page of pages) {
      records.push({
        url: absoluteUrl(settings, page.path),
        content: [escapeHtml(page.title), plainText(page.html)].join(' '),
        language: LANGUAGE,
        meta: { title: page.title, source },
        filters,
      })
    }
    for (const doc of documents) {
      records.push({
        url: fileUrl(settings, doc.url),
        content: escapeHtml([doc.title, doc.description ?? '', String(doc.year)].join(' ')),
        language: LANGUAGE,
        meta: { title: doc.title, source, document: paths.documents },
        filters,
      })
    }
  }
  return records
}

/** Title, lead and body; the lead left out when the body opens with it (one excerpt, not two). */
function itemText(title: string, lead: string, html: string): string {
  const body = plainText(html)
  const leadText = escapeHtml(lead.trim())
  return [
    escapeHtml(title),
    ...(leadText && !body.includes(leadText) ? [leadText] : []),
    body,
  ].join(' ')
}
