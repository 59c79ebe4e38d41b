import { idOf } from '../../cms/services/refs'
import type { SourcePage } from './snapshotSources'

interface NavItem {
  title: string
  slug: string
  path: string
  children: NavItem[]
}

/**
 * An org's published pages (in menu order) with their nested paths, and the menu built from
 * them. `html` turns a page body into HTML (the caller's converter).
 */
export function sitePages(
  docs: readonly SourcePage[],
  html: (body: unknown, id: string) => string,
) {
  const byId = new Map(docs.map((d) => [String(d.id), d]))
  const parentOf = (d: SourcePage) => {
    const parent = idOf(d.parent)
    return parent === null ? undefined : byId.get(String(parent))
  }
  const pathOf = (d: SourcePage, depth = 0): string => {
    const parent = depth < 10 ? parentOf(d) : undefined
    return `${parent ? pathOf(parent, depth + 1) : '/'}${d.slug}/`
  }
  const pages = docs
    .filter((d) => d.slug)
    .map((d) => ({
      id: String(d.id),
      title: d.title,
      slug: d.slug!,
      path: pathOf(d),
      html: html(d.body, String(d.id)),
      parent: parentOf(d)?.slug ?? null,
      updatedAt: d.updatedAt,
    }))
  const menu = (parent: string | null): NavItem[] =>
    docs
      .filter(
        (d) =>
          d.slug &&
          d.showInMenu !== false &&
          (parentOf(d)?.id ?? null) === (parent === null ? null : byId.get(parent)?.id),
      )
      .map((d) => ({
        title: d.title,
        slug: d.slug!,
        path: pathOf(d),
        children: menu(String(d.id)),
      }))
  return { pages, navigation: menu(null) }
}
