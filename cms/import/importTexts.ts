import type { ImportContext, Ids } from './importContext'
import { bodyMedia } from './bodyMedia'
import { tally } from './importReport'
import { markdownToLexical } from './markdownToLexical'
import { stableHash } from './stableHash'
import { upsert } from './upsert'
import { reachData } from './importReach'

/** The rubrics, shared by every org's posts. */
export async function importCategories(ctx: ImportContext): Promise<Ids> {
  const { payload, bundle, report, keyOf } = ctx
  const categories: Ids = new Map()
  for (const c of bundle.categories) {
    const r = await upsert(payload, {
      collection: 'categories',
      importKey: keyOf('category', c.key),
      hash: stableHash(c),
      data: { title: c.title, slug: c.slug, description: c.description },
    })
    categories.set(c.key, r.id)
    tally(report, 'categories', r.action)
  }
  return categories
}

/** Posts from Markdown; images in the text refer to imported media by key. */
export async function importPosts(
  ctx: ImportContext,
  ids: { orgs: Ids; media: Ids; categories: Ids },
): Promise<Ids> {
  const { payload, bundle, report, keyOf, need } = ctx
  const posts: Ids = new Map()
  for (const p of bundle.posts) {
    const { file: _file, body, org, ...fields } = p
    const r = await upsert(payload, {
      collection: 'posts',
      importKey: keyOf('post', `${org}/${p.slug}`),
      hash: stableHash({ ...fields, org, body }),
      draft: p.status === 'draft',
      data: {
        title: p.title,
        slug: p.slug,
        lead: p.lead,
        body: await markdownToLexical(
          payload.config,
          bodyMedia(body, (key) => need(ids.media, key, 'media')),
        ),
        organization: need(ids.orgs, org, 'organization'),
        category: need(ids.categories, p.category, 'category'),
        tags: p.tags,
        cover: p.cover ? need(ids.media, p.cover, 'media') : null,
        publishedAt: new Date(p.date).toISOString(),
        reach: reachData(ids.orgs, p.reach ?? { scope: 'subtree' }),
        mandatory: p.mandatory,
      },
    })
    posts.set(`${org}/${p.slug}`, r.id)
    tally(report, 'posts', r.action)
  }
  return posts
}

/** Pages from Markdown, top-level pages first (a subpage refers to its parent by id). */
export async function importPages(ctx: ImportContext, ids: { orgs: Ids; media: Ids }) {
  const { payload, bundle, report, keyOf, need } = ctx
  const pages: Ids = new Map()
  const pageOrder = [...bundle.pages].sort(
    (a, b) => Number(Boolean(a.parent)) - Number(Boolean(b.parent)),
  )
  for (const p of pageOrder) {
    const { file: _file, body, org, ...fields } = p
    const r = await upsert(payload, {
      collection: 'pages',
      importKey: keyOf('page', `${org}/${p.slug}`),
      hash: stableHash({ ...fields, org, body }),
      draft: p.status === 'draft',
      data: {
        title: p.title,
        slug: p.slug,
        body: await markdownToLexical(
          payload.config,
          bodyMedia(body, (key) => need(ids.media, key, 'media')),
        ),
        organization: need(ids.orgs, org, 'organization'),
        parent: p.parent ? need(pages, `${org}/${p.parent}`, 'page') : null,
        menuOrder: p.menuOrder,
        showInMenu: p.showInMenu,
      },
    })
    pages.set(`${org}/${p.slug}`, r.id)
    tally(report, 'pages', r.action)
  }
}
