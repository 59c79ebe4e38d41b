import { existsSync } from 'node:fs'
import type { Bundle } from './loadBundle'
import type { BundleProblem } from './bundleError'

function duplicates(values: string[]): string[] {
  const seen = new Set<string>()
  const dup = new Set<string>()
  for (const v of values) (seen.has(v) ? dup : seen).add(v)
  return [...dup]
}

/** Cross-file checks: every key refers to something that exists, and nothing is defined twice. */
export function checkReferences(bundle: Bundle): BundleProblem[] {
  const problems: BundleProblem[] = []
  const orgs = new Map(bundle.organizations.map((o) => [o.key, o]))
  const mediaKeys = new Set(bundle.media.map((m) => m.key))
  const categoryKeys = new Set(bundle.categories.map((c) => c.key))
  const add = (file: string, path: string, message: string) =>
    problems.push({ file, path, message })

  for (const k of duplicates(bundle.organizations.map((o) => o.key)))
    add('organizations.json', k, 'the key is used twice')
  for (const k of duplicates(bundle.media.map((m) => m.key)))
    add('media', k, 'the media key is used twice')
  for (const k of duplicates(bundle.documents.map((d) => d.key)))
    add('documents', k, 'the key is used twice')
  for (const k of duplicates(bundle.categories.map((c) => c.key)))
    add('categories.json', k, 'the key is used twice')
  // The bundle's rubrics are the network's shared ones: their slugs are unique among them.
  for (const slug of duplicates(bundle.categories.map((c) => c.slug)))
    add('categories.json', slug, 'the slug is used twice (rubrics shared by the network)')

  for (const org of bundle.organizations) {
    const at = (field: string) => `${org.key}.${field}`
    if (org.parent && !orgs.has(org.parent))
      add('organizations.json', at('parent'), `no organization "${org.parent}"`)
    for (const m of org.memberships)
      if (!orgs.has(m)) add('organizations.json', at('memberships'), `no organization "${m}"`)
    if (org.branding.logo && !mediaKeys.has(org.branding.logo))
      add('organizations.json', at('branding.logo'), `no media "${org.branding.logo}"`)
    const photo = org.leadership?.chairperson?.photo
    if (photo && !mediaKeys.has(photo))
      add('organizations.json', at('leadership.chairperson.photo'), `no media "${photo}"`)
    if (!org.parent && org.kind !== 'federation')
      add('organizations.json', at('parent'), 'only a federation may have no parent')
  }

  for (const m of bundle.media) {
    if (!orgs.has(m.org)) add('media', m.key, `no organization "${m.org}"`)
    if (!existsSync(m.path)) add('media', m.key, `file ${m.file} is missing`)
  }
  for (const d of bundle.documents) {
    if (!orgs.has(d.org)) add('documents', d.key, `no organization "${d.org}"`)
    if (!existsSync(d.path)) add('documents', d.key, `file ${d.file} is missing`)
  }

  const postSlugs = new Map<string, string>()
  for (const p of bundle.posts) {
    if (!orgs.has(p.org)) add(p.file, 'folder', `no organization "${p.org}"`)
    if (!categoryKeys.has(p.category)) add(p.file, 'category', `no category "${p.category}"`)
    if (p.cover && !mediaKeys.has(p.cover)) add(p.file, 'cover', `no media "${p.cover}"`)
    const id = `${p.org}/${p.slug}`
    if (postSlugs.has(id)) add(p.file, 'slug', `the same slug as ${postSlugs.get(id)}`)
    postSlugs.set(id, p.file)
  }

  const pageSlugs = new Set(bundle.pages.map((p) => `${p.org}/${p.slug}`))
  for (const p of bundle.pages) {
    if (!orgs.has(p.org)) add(p.file, 'folder', `no organization "${p.org}"`)
    if (p.parent && !pageSlugs.has(`${p.org}/${p.parent}`))
      add(p.file, 'parent', `no page "${p.parent}" of the same organization`)
  }

  const postRefs = new Set(bundle.posts.map((p) => `${p.org}/${p.slug}`))
  for (const p of bundle.posts)
    if (
      p.mandatory &&
      !['federation', 'union', 'territorial_association'].includes(orgs.get(p.org)?.kind ?? '')
    )
      add(
        p.file,
        'mandatory',
        'only a federation, a union or a territorial association may make a post mandatory',
      )
  bundle.syndication.reposts.forEach((r, i) => {
    if (!postRefs.has(r.post)) add('syndication.json', `reposts.${i}.post`, `no post "${r.post}"`)
    if (!orgs.has(r.by)) add('syndication.json', `reposts.${i}.by`, `no organization "${r.by}"`)
  })
  bundle.syndication.proposals.forEach((p, i) => {
    if (!postRefs.has(p.post)) add('syndication.json', `proposals.${i}.post`, `no post "${p.post}"`)
    if (!orgs.has(p.to)) add('syndication.json', `proposals.${i}.to`, `no organization "${p.to}"`)
    if (p.status === 'declined' && !p.reason)
      add('syndication.json', `proposals.${i}.reason`, 'a declined proposal needs a reason')
  })
  bundle.syndication.decisions.forEach((d, i) => {
    if (!postRefs.has(d.post)) add('syndication.json', `decisions.${i}.post`, `no post "${d.post}"`)
    if (!orgs.has(d.org))
      add('syndication.json', `decisions.${i}.org`, `no organization "${d.org}"`)
  })

  // Reach by name: the named organizations exist (that they sit below is the CMS's check).
  const named = (file: string, path: string, reach?: { within?: string[]; except?: string[] }) => {
    for (const field of ['within', 'except'] as const)
      for (const k of reach?.[field] ?? [])
        if (!orgs.has(k)) add(file, `${path}reach.${field}`, `no organization "${k}"`)
  }
  for (const p of bundle.posts) named(p.file, '', p.reach)
  for (const d of bundle.documents) named('documents', `${d.key}.`, d.reach)
  bundle.syndication.reposts.forEach((r, i) => named('syndication.json', `reposts.${i}.`, r.reach))
  bundle.syndication.proposals.forEach((p, i) =>
    named('syndication.json', `proposals.${i}.`, p.reach),
  )

  for (const u of bundle.users)
    for (const g of u.grants)
      if (!orgs.has(g.org)) add('users.json', u.email, `no organization "${g.org}"`)
  return problems
}
