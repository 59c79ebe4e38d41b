import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { Payload } from 'payload'
import type { Bundle } from '../../content/lib/loadBundle'
import { tally, type ImportReport } from './importReport'
import { loadFile } from './loadFile'
import { bodyMedia } from './bodyMedia'
import { markdownToLexical } from './markdownToLexical'
import { orderOrganizations } from './orderOrganizations'
import { stableHash } from './stableHash'
import { importSyndication } from './importSyndication'
import { importEvents } from './importEvents'
import { upsert } from './upsert'
import { leadershipData } from './leadershipData'

export type Ids = Map<string, string | number>

/**
 * Loads a validated bundle into the CMS through the Local API, so every hook and validation of
 * the admin applies. Idempotent: entries whose hash did not change are not written.
 */
export async function importBundle(payload: Payload, bundle: Bundle): Promise<ImportReport> {
  const ns = bundle.manifest.namespace
  const report: ImportReport = {}
  const keyOf = (kind: string, key: string) => `${ns}:${kind}:${key}`
  const need = (ids: Ids, key: string, what: string) => {
    const id = ids.get(key)
    if (id === undefined) throw new Error(`Import: unknown ${what} "${key}"`)
    return id
  }

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

  const orgs: Ids = new Map()
  for (const o of orderOrganizations(bundle.organizations)) {
    const { logo, ...branding } = o.branding
    const r = await upsert(payload, {
      collection: 'organizations',
      importKey: keyOf('org', o.key),
      hash: stableHash({ ...o, branding }),
      data: {
        name: o.name,
        shortName: o.shortName,
        slug: o.slug,
        kind: o.kind,
        parent: o.parent ? need(orgs, o.parent, 'organization') : null,
        memberships: o.memberships.map((m) => need(orgs, m, 'organization')),
        memberCount: o.memberCount,
        incomingPolicy: o.incomingPolicy,
        about: o.about,
        contacts: o.contacts,
        social: o.social,
        infoOfficer: o.infoOfficer ?? {},
        // The chair's photo refers to media, imported after the orgs: set with the logos below.
        leadership: leadershipData(o.leadership, null),
        hosting: o.hosting,
        branding,
      },
    })
    orgs.set(o.key, r.id)
    tally(report, 'organizations', r.action)
  }

  const media: Ids = new Map()
  for (const m of bundle.media) {
    const r = await upsert(payload, {
      collection: 'media',
      importKey: keyOf('media', m.key),
      hash: stableHash({ ...m, path: undefined, file: await fileDigest(m.path) }),
      data: { alt: m.alt, caption: m.caption, organization: need(orgs, m.org, 'organization') },
      file: () => loadFile(m.path),
    })
    media.set(m.key, r.id)
    tally(report, 'media', r.action)
  }

  // Logos and chairs' photos refer to media, which refer to their orgs: set once both exist.
  for (const o of bundle.organizations) {
    const logo = o.branding.logo ? need(media, o.branding.logo, 'media') : null
    const photoKey = o.leadership?.chairperson?.photo
    const photo = photoKey ? need(media, photoKey, 'media') : null
    const id = need(orgs, o.key, 'organization')
    const current = await payload.findByID({
      collection: 'organizations',
      id,
      depth: 0,
      select: { branding: true, leadership: true },
      overrideAccess: true,
    })
    const currentLogo = current.branding?.logo ?? null
    const currentPhoto = current.leadership?.chairperson?.photo ?? null
    const logoChanged = String(currentLogo) !== String(logo)
    const photoChanged = String(currentPhoto) !== String(photo)
    if (logoChanged || photoChanged) {
      await payload.update({
        collection: 'organizations',
        id,
        data: {
          ...(logoChanged ? { branding: { ...current.branding, logo } as never } : {}),
          ...(photoChanged ? { leadership: leadershipData(o.leadership, photo) } : {}),
        },
        depth: 0,
        overrideAccess: true,
      })
    }
  }

  for (const d of bundle.documents) {
    const r = await upsert(payload, {
      collection: 'documents',
      importKey: keyOf('document', d.key),
      hash: stableHash({ ...d, path: undefined, file: await fileDigest(d.path) }),
      data: {
        title: d.title,
        docType: d.docType,
        year: d.year,
        description: d.description,
        organization: need(orgs, d.org, 'organization'),
        reach: d.reach ?? { scope: 'own' },
      },
      file: () => loadFile(d.path),
    })
    tally(report, 'documents', r.action)
  }

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
          bodyMedia(body, (key) => need(media, key, 'media')),
        ),
        organization: need(orgs, org, 'organization'),
        category: need(categories, p.category, 'category'),
        tags: p.tags,
        cover: p.cover ? need(media, p.cover, 'media') : null,
        publishedAt: new Date(p.date).toISOString(),
        reach: p.reach ?? { scope: 'subtree' },
        mandatory: p.mandatory,
      },
    })
    posts.set(`${org}/${p.slug}`, r.id)
    tally(report, 'posts', r.action)
  }

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
          bodyMedia(body, (key) => need(media, key, 'media')),
        ),
        organization: need(orgs, org, 'organization'),
        parent: p.parent ? need(pages, `${org}/${p.parent}`, 'page') : null,
        menuOrder: p.menuOrder,
        showInMenu: p.showInMenu,
      },
    })
    pages.set(`${org}/${p.slug}`, r.id)
    tally(report, 'pages', r.action)
  }

  await importSyndication(payload, bundle, { orgs, posts, keyOf, report })
  await importEvents(payload, bundle, { orgs, media, keyOf, report })

  for (const u of bundle.users) {
    const { password, ...rest } = u
    const r = await upsert(payload, {
      collection: 'users',
      importKey: keyOf('user', u.email),
      hash: stableHash(rest),
      match: { email: { equals: u.email } },
      data: {
        email: u.email,
        name: u.name,
        role: u.role,
        grants: u.grants.map((g) => ({
          organization: need(orgs, g.org, 'organization'),
          role: g.role,
          subtree: g.subtree,
        })),
      },
      createOnly: { password },
    })
    tally(report, 'users', r.action)
  }
  return report
}

async function fileDigest(path: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex')
}
