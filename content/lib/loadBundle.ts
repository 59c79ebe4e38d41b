import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import { z } from 'zod'
import { slugify } from '../../domain/text/slugify'
import { manifest as manifestSchema, type Manifest } from '../schema/manifest'
import { organizationEntry, type OrganizationEntry } from '../schema/organization'
import {
  categoryEntry,
  documentEntry,
  mediaEntry,
  pageFrontMatter,
  postFrontMatter,
  syndicationEntry,
  userEntry,
  type CategoryEntry,
  type DocumentEntry,
  type MediaEntry,
  type PageFrontMatter,
  type PostFrontMatter,
  type SyndicationEntry,
  type UserEntry,
} from '../schema/entries'
import { parseFrontMatter } from './frontMatter'
import { BundleError, zodProblems, type BundleProblem } from './bundleError'
import { checkReferences } from './checkReferences'

export type PostEntry = PostFrontMatter & { org: string; slug: string; body: string; file: string }
export type PageEntry = PageFrontMatter & { org: string; body: string; file: string }

export interface Bundle {
  dir: string
  manifest: Manifest
  organizations: (OrganizationEntry & { slug: string })[]
  categories: (CategoryEntry & { slug: string })[]
  users: UserEntry[]
  media: (MediaEntry & { path: string })[]
  documents: (DocumentEntry & { path: string })[]
  posts: PostEntry[]
  pages: PageEntry[]
  syndication: SyndicationEntry
}

/** Post slugs may be longer than host-name labels; 80 characters keep URLs readable. */
const POST_SLUG_LENGTH = 80

/**
 * Reads and validates a content bundle (see content/README.md). Collects every problem
 * before failing, so an author sees the whole list at once.
 */
export function loadBundle(dir: string): Bundle {
  const problems: BundleProblem[] = []
  const rel = (p: string) => relative(dir, p) || p

  const readJson = <T>(file: string, schema: z.ZodType<T>): T | undefined => {
    const path = join(dir, file)
    if (!existsSync(path)) {
      problems.push({ file, path: '', message: 'file is missing' })
      return undefined
    }
    let raw: unknown
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'))
    } catch (error) {
      problems.push({ file, path: '', message: `not valid JSON: ${(error as Error).message}` })
      return undefined
    }
    const parsed = schema.safeParse(raw)
    if (!parsed.success) {
      problems.push(...zodProblems(file, parsed.error))
      return undefined
    }
    return parsed.data
  }

  const jsonFilesIn = (folder: string) =>
    existsSync(join(dir, folder))
      ? readdirSync(join(dir, folder))
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => `${folder}/${f}`)
      : []

  const manifest = readJson('manifest.json', manifestSchema)
  const organizations = (readJson('organizations.json', z.array(organizationEntry)) ?? []).map(
    (o) => ({ ...o, slug: o.slug ?? slugify(o.name) }),
  )
  const categories = (readJson('categories.json', z.array(categoryEntry)) ?? []).map((c) => ({
    ...c,
    slug: c.slug ?? slugify(c.title),
  }))
  const users = readJson('users.json', z.array(userEntry)) ?? []
  const syndication = existsSync(join(dir, 'syndication.json'))
    ? (readJson('syndication.json', syndicationEntry) ?? {
        reposts: [],
        proposals: [],
        decisions: [],
      })
    : { reposts: [], proposals: [], decisions: [] }
  const media = jsonFilesIn('media').flatMap((file) =>
    (readJson(file, z.array(mediaEntry)) ?? []).map((m) => ({
      ...m,
      path: join(dir, 'media', m.file),
    })),
  )
  const documents = jsonFilesIn('documents').flatMap((file) =>
    (readJson(file, z.array(documentEntry)) ?? []).map((d) => ({
      ...d,
      path: join(dir, 'documents', d.file),
    })),
  )

  const markdownIn = (folder: string) => {
    const root = join(dir, folder)
    if (!existsSync(root)) return []
    return readdirSync(root)
      .filter((org) => statSync(join(root, org)).isDirectory())
      .sort()
      .flatMap((org) =>
        readdirSync(join(root, org))
          .filter((f) => f.endsWith('.md'))
          .sort()
          .map((f) => ({ org, path: join(root, org, f) })),
      )
  }

  const posts: PostEntry[] = []
  for (const { org, path } of markdownIn('posts')) {
    const file = rel(path)
    try {
      const { data, body } = parseFrontMatter(readFileSync(path, 'utf8'))
      const fm = postFrontMatter.safeParse(data)
      if (!fm.success) problems.push(...zodProblems(file, fm.error))
      else if (body.length < 200)
        problems.push({ file, path: 'body', message: 'the text is shorter than 200 characters' })
      else
        posts.push({
          ...fm.data,
          org,
          slug: fm.data.slug ?? slugify(fm.data.title, POST_SLUG_LENGTH),
          body,
          file,
        })
    } catch (error) {
      problems.push({ file, path: '', message: (error as Error).message })
    }
  }

  const pages: PageEntry[] = []
  for (const { org, path } of markdownIn('pages')) {
    const file = rel(path)
    try {
      const { data, body } = parseFrontMatter(readFileSync(path, 'utf8'))
      const fm = pageFrontMatter.safeParse(data)
      if (!fm.success) problems.push(...zodProblems(file, fm.error))
      else if (basename(path, '.md') !== fm.data.slug)
        problems.push({ file, path: 'slug', message: 'the file name must be the page slug' })
      else pages.push({ ...fm.data, org, body, file })
    } catch (error) {
      problems.push({ file, path: '', message: (error as Error).message })
    }
  }

  const bundle = {
    dir,
    manifest: manifest!,
    organizations,
    categories,
    users,
    media,
    documents,
    posts,
    pages,
    syndication,
  }
  if (manifest) problems.push(...checkReferences(bundle))
  if (problems.length > 0) throw new BundleError(problems)
  return bundle
}
