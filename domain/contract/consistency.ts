import type { z } from 'zod'
import { RESERVED_SEGMENTS, SEGMENTS } from './siteUrls'
import type { NavItem, Snapshot } from './snapshot'

type Ctx = z.core.$RefinementCtx<Snapshot>
type Path = (string | number)[]

function problem(ctx: Ctx, path: Path, message: string): void {
  ctx.addIssue({ code: 'custom', path, message })
}

/** Reports the second and later occurrences of a key, pointing back at the first. */
function unique<T>(ctx: Ctx, list: T[], field: string, keyOf: (item: T) => string, what: string) {
  const seen = new Map<string, number>()
  list.forEach((item, i) => {
    const key = keyOf(item)
    const first = seen.get(key)
    if (first === undefined) seen.set(key, i)
    else problem(ctx, [field, i, what], `duplicate ${what} "${key}" (also ${field}[${first}])`)
  })
}

function checkSite(snapshot: Snapshot, ctx: Ctx): void {
  const { site, org } = snapshot
  const url = new URL(site.origin)
  if (url.origin !== site.origin) {
    problem(
      ctx,
      ['site', 'origin'],
      `must be scheme://host[:port] without a path, got "${site.origin}"`,
    )
  }
  if (url.hostname !== site.host) {
    problem(ctx, ['site', 'origin'], `host "${url.hostname}" differs from site.host "${site.host}"`)
  }
  const sectionPath = `/${SEGMENTS.sections}/${org.slug}`
  if (site.basePath !== '' && site.basePath !== sectionPath) {
    problem(ctx, ['site', 'basePath'], `must be "" or "${sectionPath}"`)
  }
}

function checkPages(snapshot: Snapshot, ctx: Ctx): void {
  const { pages } = snapshot
  unique(ctx, pages, 'pages', (p) => p.path, 'path')
  unique(ctx, pages, 'pages', (p) => p.slug, 'slug')
  const bySlug = new Map(pages.map((p) => [p.slug, p]))
  pages.forEach((page, i) => {
    const first = page.path.split('/')[1] ?? ''
    if (RESERVED_SEGMENTS.includes(first)) {
      problem(ctx, ['pages', i, 'path'], `"/${first}/" is taken by the site itself`)
    }
    if (page.path === '/') problem(ctx, ['pages', i, 'path'], 'the home page is not a static page')
    const parent = page.parent === null ? undefined : bySlug.get(page.parent)
    if (page.parent !== null && !parent) {
      problem(ctx, ['pages', i, 'parent'], `no page with slug "${page.parent}"`)
    }
    const expected = `${parent ? parent.path : '/'}${page.slug}/`
    if (page.path !== expected) {
      problem(ctx, ['pages', i, 'path'], `must be "${expected}" (parent path + slug)`)
    }
  })
}

function checkNavigation(items: NavItem[], paths: Set<string>, path: Path, ctx: Ctx): void {
  items.forEach((item, i) => {
    if (!paths.has(item.path)) problem(ctx, [...path, i, 'path'], `no page at "${item.path}"`)
    checkNavigation(item.children, paths, [...path, i, 'children'], ctx)
  })
}

function checkFeed(snapshot: Snapshot, ctx: Ctx): void {
  const { feed, org, categories } = snapshot
  unique(ctx, feed, 'feed', (item) => item.id, 'id')
  unique(ctx, feed, 'feed', (item) => item.slug, 'slug')
  unique(ctx, categories, 'categories', (c) => c.slug, 'slug')
  const rubrics = new Set(categories.map((c) => c.slug))
  feed.forEach((item, i) => {
    const { isOwn, orgId } = item.provenance
    if (isOwn !== (orgId === org.id)) {
      const message = isOwn
        ? `isOwn but orgId is not "${org.id}"`
        : 'not isOwn but orgId is the org'
      problem(ctx, ['feed', i, 'provenance'], message)
    }
    if (item.category && !rubrics.has(item.category.slug)) {
      problem(ctx, ['feed', i, 'category', 'slug'], `"${item.category.slug}" is not in categories`)
    }
  })
}

/** Rules across fields that keep every generated link valid; each problem names its field. */
export function checkConsistency(snapshot: Snapshot, ctx: Ctx): void {
  checkSite(snapshot, ctx)
  checkPages(snapshot, ctx)
  checkNavigation(
    snapshot.navigation,
    new Set(snapshot.pages.map((p) => p.path)),
    ['navigation'],
    ctx,
  )
  checkFeed(snapshot, ctx)
  unique(ctx, snapshot.documents, 'documents', (d) => d.id, 'id')
  // Each event has its own page at /events/<slug>/; an end before its start is a CMS bug.
  unique(ctx, snapshot.events, 'events', (e) => e.slug, 'slug')
  snapshot.events.forEach((e, i) => {
    if (Date.parse(e.endsAt) < Date.parse(e.startsAt))
      problem(ctx, ['events', i, 'endsAt'], 'ends before it starts')
  })
}
