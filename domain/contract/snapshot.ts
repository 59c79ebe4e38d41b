import { z } from 'zod'
import { ORG_KINDS } from '../org/orgKinds'
import { infoOfficer } from './orgProfile'
import {
  hexColor,
  hostedHttpUrl as httpUrl,
  isoDateTime,
  orgName,
  orgShortName,
  slug,
} from './primitives'
import { themeId } from './themeId'
import { LOCALE } from './siteUrls'
import { checkConsistency } from './consistency'
import { redirectSchema } from './redirect'
import { SnapshotError } from './errors'
import { eventSchema } from './event'
import { leadership } from './leadership'
import { upperDocumentFile } from './parts'
import {
  category,
  contacts,
  documentFile,
  id,
  mediaRef,
  orgLink,
  provenance,
  sitePath,
  social,
} from './parts'

/**
 * The snapshot: everything ONE organization's site needs, exported by the CMS at publish time.
 * It is the contract between cms/ and site/: the site never asks the CMS for anything else.
 * Feed and pages arrive already filtered and ordered (newest first, pinned first) by the CMS.
 */
export const SNAPSHOT_VERSION = 1

const hostName = z
  .string()
  .regex(
    /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/,
    'a lower-case host name like kuzbass.localhost',
  )

const timeZone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat(LOCALE, { timeZone: zone })
    return true
  } catch {
    return false
  }
}, 'an IANA time zone like Europe/Moscow')

export const orgSchema = z.strictObject({
  id,
  /** Stable key of the org (import key), used in build logs. */
  key: z.string().min(1),
  name: orgName,
  shortName: orgShortName.optional(),
  kind: z.enum(ORG_KINDS),
  slug,
  /** One or two sentences of plain text. */
  about: z.string().optional(),
  memberCount: z.int().nonnegative().optional(),
  contacts: contacts.default({}),
  social: social.default({}),
  infoOfficer: infoOfficer.optional(),
  /** Chairperson and elected body, as the editor entered them. */
  leadership: leadership.optional(),
})

export const siteSchema = z.strictObject({
  /** The host that serves the site (a section site: its host org's host). */
  host: hostName,
  /** Scheme, host and port, no path: http://kuzbass.localhost:4321 in dev. */
  origin: httpUrl,
  /** "" for a site on its own host, "/org/<slug>" for a section of its host org's site. */
  basePath: z
    .string()
    .regex(/^(?:\/[a-z0-9][a-z0-9-]*)*$/, '"" or a path like /org/<slug> (no trailing slash)'),
  theme: themeId,
  accentColor: hexColor.optional(),
  logo: mediaRef.optional(),
  timeZone: timeZone.optional(),
})

export interface NavItem {
  title: string
  slug: string
  path: string
  children: NavItem[]
}

export const navItemSchema: z.ZodType<NavItem, Omit<NavItem, 'children'> & { children?: unknown }> =
  z.strictObject({
    title: z.string().min(1),
    slug,
    path: sitePath,
    get children() {
      return z.array(navItemSchema).default([])
    },
  })

export const pageSchema = z.strictObject({
  id,
  title: z.string().min(1),
  slug,
  path: sitePath,
  /** Rendered by the CMS (Lexical/Markdown → sanitized HTML). */
  html: z.string(),
  /** Slug of the parent page, for breadcrumbs. */
  parent: slug.nullable().default(null),
  description: z.string().optional(),
  updatedAt: isoDateTime,
})

export const feedItemSchema = z.strictObject({
  id,
  title: z.string().min(1),
  /** Unique in this site's feed; the CMS de-duplicates syndicated slugs. */
  slug,
  lead: z.string(),
  html: z.string(),
  publishedAt: isoDateTime,
  updatedAt: isoDateTime,
  category: z.strictObject({ slug, title: z.string().min(2) }).optional(),
  tags: z.array(z.string().min(1)).default([]),
  cover: mediaRef.optional(),
  pinned: z.boolean().default(false),
  /** Placed by an organization above that receivers may not hide; the site labels it. */
  mandatory: z.boolean().default(false),
  provenance,
})

const snapshotObject = z.strictObject({
  version: z.literal(SNAPSHOT_VERSION),
  generatedAt: isoDateTime,
  org: orgSchema,
  site: siteSchema,
  /** From the federation down to the parent. */
  ancestors: z.array(orgLink).default([]),
  /** Membership parents beside the tree (a Терком's regional association). */
  memberships: z.array(orgLink).default([]),
  /** Member organizations: structural children. */
  children: z.array(orgLink).default([]),
  /** Member organizations by membership edge, beside the tree (a ТООП's territorial orgs). */
  members: z.array(orgLink).default([]),
  navigation: z.array(navItemSchema).default([]),
  pages: z.array(pageSchema).default([]),
  feed: z.array(feedItemSchema).default([]),
  /** Rubrics used by the feed. */
  categories: z.array(category).default([]),
  documents: z.array(documentFile).default([]),
  /** Documents of the orgs above whose reach arrives here, the farthest origin first. */
  upperDocuments: z.array(upperDocumentFile).default([]),
  /** Old addresses of the site's items (slugs changed since), each to the item's address now. */
  redirects: z.array(redirectSchema).default([]),
  /** Events: upcoming first (soonest first), then past ones (latest first). */
  events: z.array(eventSchema).default([]),
  /**
   * The org's own personal-data policy (plain text, paragraphs split by blank lines); absent →
   * the site generates one from the org's name and contacts (site/src/lib/privacyPolicy.ts).
   * Top-level, not in `org`: an edit re-renders the policy page only, not every page's chrome.
   */
  privacyPolicy: z.string().max(100_000).optional(),
})

/** Declared before the cross-field rules so that their type does not depend on themselves. */
export type Snapshot = z.infer<typeof snapshotObject>
export type SnapshotInput = z.input<typeof snapshotObject>

export const snapshotSchema = snapshotObject.superRefine(checkConsistency)

export type Org = Snapshot['org']
export type SiteSettings = Snapshot['site']
export type OrgLink = z.infer<typeof orgLink>
export type Page = z.infer<typeof pageSchema>
export type FeedItem = z.infer<typeof feedItemSchema>
export type Category = z.infer<typeof category>
export type DocumentFile = z.infer<typeof documentFile>
export type UpperDocumentFile = z.infer<typeof upperDocumentFile>
export type MediaRef = z.infer<typeof mediaRef>

/** The org's key as written in a (maybe invalid) snapshot, to name it in error messages. */
function orgKeyOf(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null || !('org' in json)) return undefined
  const org: unknown = json.org
  if (typeof org !== 'object' || org === null || !('key' in org)) return undefined
  return typeof org.key === 'string' && org.key !== '' ? org.key : undefined
}

/**
 * Validates one snapshot (parsed JSON or the JSON text). Throws a SnapshotError whose message
 * names the org (its key, else the source) and every failing field path, for the build log.
 */
export function parseSnapshot(json: unknown, sourceName: string): Snapshot {
  let value = json
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json)
    } catch (error) {
      throw new SnapshotError(sourceName, undefined, [`(file): not JSON: ${String(error)}`])
    }
  }
  const result = snapshotSchema.safeParse(value)
  if (result.success) return result.data
  throw SnapshotError.fromIssues(sourceName, orgKeyOf(value), result.error.issues)
}
