import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isValidSlug } from '../../domain/text/slugify'
import { BundleError, type BundleProblem } from '../../content/lib/bundleError'
import { loadBundle } from '../../content/lib/loadBundle'

const ROOT = resolve(import.meta.dirname, '../..')
const fixture = (name: string) => resolve(ROOT, 'tests/fixtures/bundles', name)

/** The problems loadBundle reports for a bundle; fails the test when it loads without error. */
function problemsOf(dir: string): BundleProblem[] {
  try {
    loadBundle(dir)
  } catch (error) {
    expect(error).toBeInstanceOf(BundleError)
    return (error as BundleError).problems
  }
  expect.fail(`${dir} loaded without a BundleError`)
}

describe('loadBundle on the demo bundle', () => {
  const bundle = loadBundle(resolve(ROOT, 'content/demo'))
  const ofKind = (kind: string) => bundle.organizations.filter((o) => o.kind === kind)

  it('reads the manifest', () => {
    expect(bundle.manifest).toMatchObject({
      format: 'union-sites/content',
      version: 1,
      namespace: 'demo',
    })
  })

  it('has the whole structure', () => {
    expect(bundle.organizations.length).toBeGreaterThanOrEqual(37)
    expect(ofKind('federation')).toHaveLength(1)
    expect(ofKind('union').length).toBeGreaterThanOrEqual(3)
    expect(ofKind('territorial_association').length).toBeGreaterThanOrEqual(1)
    expect(ofKind('primary_org').length).toBeGreaterThanOrEqual(24)
  })

  it('has territorial orgs, at least two of them members of an association', () => {
    const terkoms = ofKind('territorial_org')
    expect(terkoms.length).toBeGreaterThanOrEqual(6)
    expect(terkoms.filter((o) => o.memberships.length > 0).length).toBeGreaterThanOrEqual(2)
  })

  it('has enough posts and pages', () => {
    expect(bundle.posts.length).toBeGreaterThanOrEqual(80)
    expect(bundle.pages.length).toBeGreaterThanOrEqual(40)
  })

  it('has at least one public report', () => {
    expect(bundle.documents.some((d) => d.docType === 'public_report')).toBe(true)
  })

  it('gives every org, post and page a valid slug', () => {
    for (const o of bundle.organizations) expect(isValidSlug(o.slug), o.key).toBe(true)
    for (const p of bundle.posts) expect(isValidSlug(p.slug, 80), p.file).toBe(true)
    for (const p of bundle.pages) expect(isValidSlug(p.slug), p.file).toBe(true)
  })

  it('resolves file paths inside the bundle', () => {
    for (const m of bundle.media)
      expect(m.path.startsWith(resolve(ROOT, 'content/demo/media'))).toBe(true)
    for (const d of bundle.documents) {
      expect(d.path.startsWith(resolve(ROOT, 'content/demo/documents'))).toBe(true)
    }
  })
})

describe('loadBundle on the mini fixture', () => {
  const bundle = loadBundle(fixture('mini'))

  it('reads the manifest namespace', () => {
    expect(bundle.manifest.namespace).toBe('mini')
  })

  it('has one org of each level and two primary orgs', () => {
    expect(bundle.organizations.map((o) => [o.key, o.kind, o.parent])).toEqual([
      ['mini-fed', 'federation', undefined],
      ['mini-union', 'union', 'mini-fed'],
      ['mini-terkom', 'territorial_org', 'mini-union'],
      ['mini-ppo-school', 'primary_org', 'mini-terkom'],
      ['mini-ppo-plant', 'primary_org', 'mini-union'],
    ])
  })

  it('fills schema defaults', () => {
    const plant = bundle.organizations.find((o) => o.key === 'mini-ppo-plant')
    expect(plant?.memberships).toEqual([])
    expect(plant?.hosting).toEqual({ mode: 'subdomain' })
    expect(plant?.branding).toEqual({ theme: 'federation' })
  })

  it('has two categories, one logo owned by the federation and one PDF report', () => {
    expect(bundle.categories.map((c) => c.slug)).toEqual(['mini-novosti', 'mini-pravo'])
    expect(bundle.media).toMatchObject([
      { key: 'mini-logo', org: 'mini-fed', file: 'mini-logo.svg' },
    ])
    expect(bundle.documents).toMatchObject([{ docType: 'public_report', org: 'mini-union' }])
    expect(bundle.documents[0]?.file.endsWith('.pdf')).toBe(true)
  })

  it('has three posts, one of them a draft, with derived slugs where none is given', () => {
    expect(bundle.posts.map((p) => [p.org, p.slug, p.status])).toEqual([
      ['mini-fed', 'mini-forum', 'published'],
      ['mini-ppo-school', 'yurist-otvetil-na-voprosy-uchiteley-ob-otpuskakh', 'published'],
      ['mini-union', 'mini-plenum', 'draft'],
    ])
  })

  it('keeps the post file relative to the bundle and the body without front matter', () => {
    const post = bundle.posts.find((p) => p.slug === 'mini-forum')
    expect(post?.file).toBe('posts/mini-fed/mini-forum.md')
    expect(post?.body.startsWith('На форум пришли')).toBe(true)
    expect(post?.tags).toEqual(['форум', 'профактив'])
  })

  it('has two pages, one nested in the other', () => {
    expect(bundle.pages.map((p) => [p.slug, p.parent ?? null])).toEqual([
      ['istoriya', 'o-nas'],
      ['o-nas', null],
    ])
  })

  it('has a platform admin and an editor of one primary org', () => {
    expect(bundle.users.map((u) => [u.role, u.grants])).toEqual([
      ['platform-admin', []],
      ['member', [{ org: 'mini-ppo-school', role: 'editor', subtree: false }]],
    ])
  })
})

describe('loadBundle on broken bundles', () => {
  it('names an unknown parent key', () => {
    expect(problemsOf(fixture('unknown-parent'))).toEqual([
      {
        file: 'organizations.json',
        path: 'union.parent',
        message: 'no organization "no-such-org"',
      },
    ])
  })

  it('refuses an invalid org slug', () => {
    expect(problemsOf(fixture('invalid-slug'))).toEqual([
      { file: 'organizations.json', path: '0.slug', message: expect.stringContaining('slug') },
    ])
  })

  it('refuses an org slug with a double dash, which the CMS would refuse on import', () => {
    expect(problemsOf(fixture('double-dash-slug'))).toEqual([
      expect.objectContaining({
        file: 'organizations.json',
        path: expect.stringContaining('slug'),
      }),
    ])
  })

  it('names a post with an unknown category', () => {
    expect(problemsOf(fixture('unknown-reach-org'))).toEqual([
      {
        file: 'posts/fed/sobranie.md',
        path: 'reach.within',
        message: 'no organization "no-such-org"',
      },
    ])
    expect(problemsOf(fixture('unknown-category'))).toEqual([
      {
        file: 'posts/fed/sobranie.md',
        path: 'category',
        message: 'no category "no-such-category"',
      },
    ])
  })

  it('refuses a page whose file name differs from its slug', () => {
    expect(problemsOf(fixture('page-slug-mismatch'))).toEqual([
      { file: 'pages/fed/o-nas.md', path: 'slug', message: expect.stringContaining('file name') },
    ])
  })

  it('names a media entry whose file is missing', () => {
    expect(problemsOf(fixture('missing-media'))).toEqual([
      { file: 'media', path: 'logo', message: 'file logo.svg is missing' },
    ])
  })

  it('reports an org key used twice', () => {
    expect(problemsOf(fixture('duplicate-org-key'))).toEqual([
      { file: 'organizations.json', path: 'fed', message: expect.stringContaining('twice') },
    ])
  })

  it('reports a rubric slug used twice, derived or given', () => {
    expect(problemsOf(fixture('duplicate-category-slug'))).toEqual([
      { file: 'categories.json', path: 'novosti', message: expect.stringContaining('twice') },
    ])
  })

  it('refuses a manifest of another format version', () => {
    expect(problemsOf(fixture('wrong-version'))).toEqual([
      { file: 'manifest.json', path: 'version', message: expect.any(String) },
    ])
  })

  it('refuses a post body shorter than 200 characters', () => {
    expect(problemsOf(fixture('short-post-body'))).toEqual([
      { file: 'posts/fed/korotko.md', path: 'body', message: expect.stringContaining('200') },
    ])
  })

  it('reports every missing top-level file at once', () => {
    const problems = problemsOf(fixture('does-not-exist'))
    expect(problems.map((p) => p.file)).toEqual([
      'manifest.json',
      'organizations.json',
      'categories.json',
      'users.json',
    ])
    expect(problems.every((p) => p.message === 'file is missing')).toBe(true)
  })

  it('lists the problems in the error message', () => {
    let message = ''
    try {
      loadBundle(fixture('unknown-parent'))
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toContain('(1 problem)')
    expect(message).toContain('organizations.json → union.parent: no organization "no-such-org"')
  })
})
