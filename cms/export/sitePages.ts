import type { PayloadRequest } from 'payload'
import type { OrgId } from '../lib/orgGraph'
import { idOf } from '../services/refs'
import { lexicalHtml } from './lexicalHtml'

interface NavItem {
  title: string
  slug: string
  path: string
  children: NavItem[]
}

/** Published pages of an org with their nested paths, and the menu built from them. */
export async function sitePages(req: PayloadRequest, orgId: OrgId) {
  const { docs } = await req.payload.find({
    collection: 'pages',
    where: { and: [{ organization: { equals: orgId } }, { _status: { equals: 'published' } }] },
    sort: ['menuOrder', 'title'],
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const byId = new Map(docs.map((d) => [String(d.id), d]))
  const parentOf = (d: (typeof docs)[number]) => {
    const parent = idOf(d.parent)
    return parent === null ? undefined : byId.get(String(parent))
  }
  const pathOf = (d: (typeof docs)[number], depth = 0): string => {
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
      html: lexicalHtml(d.body),
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
