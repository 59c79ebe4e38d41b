import { idOf } from '../../cms/services/refs'
import type { OrgDirectory } from '../../cms/export/orgDirectory'
import type { ResolveDoc } from '../../cms/richText/html/lexicalHtml'
import type { SnapshotSources } from './snapshotSources'
import { sitePages } from './sitePages'

const record = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

/**
 * URLs of the posts and pages rich text links to: the canonical URL on the target's own site.
 * The same text is shown on every site a post reaches, so its HTML names no reader's host; the
 * site turns a URL on its own origin into a path when it renders (site/src/lib/localLinks.ts).
 * A page's nested path is known when its org is in the batch, else its slug is the path.
 */
export function docLinks(directory: OrgDirectory, sources: SnapshotSources): ResolveDoc {
  const pagePaths = new Map<string, string>()
  for (const list of sources.pages.values())
    for (const page of sitePages(list, () => '').pages) pagePaths.set(page.id, page.path)
  return (relationTo, value) => {
    if (!record(value) || typeof value.slug !== 'string' || !value.slug) return undefined
    // A draft that was never published has no page anywhere: its link keeps only its words.
    if (value._status === 'draft') return undefined
    const org = idOf(value.organization)
    if (org === null || !directory.get(org)) return undefined
    const home = directory.address(org).url
    const title = typeof value.title === 'string' ? value.title : value.slug
    if (relationTo === 'posts') return { url: `${home}news/${value.slug}/`, title }
    if (relationTo === 'pages') {
      const path = pagePaths.get(String(value.id)) ?? `/${value.slug}/`
      return { url: `${home}${path.slice(1)}`, title }
    }
    return undefined
  }
}
