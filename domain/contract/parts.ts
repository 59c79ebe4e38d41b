import { z } from 'zod'
import { DOCUMENT_TYPES } from '../contentTypes'
import { ORG_KINDS } from '../org/orgKinds'
import { contactsSchema } from './orgProfile'
import { hostedHttpUrl as httpUrl, slug } from './primitives'
import { socialLinksSchema } from '../socialNetworks'

/**
 * Building blocks of the snapshot schema; the whole snapshot is in schema.ts. The rules it shares
 * with the import format (content/schema) come from domain/contract.
 */

export const id = z.string().min(1)
export const positiveInt = z.int().positive()

/** A path inside a site, without the site's base path: "/", "/o-nas/", "/o-nas/istoriya/". */
export const sitePath = z
  .string()
  .regex(/^\/(?:[a-z0-9][a-z0-9-]*\/)*$/, 'a site path like /o-nas/istoriya/ (slash at both ends)')

/**
 * Media and document files are served by every host under one root-relative path (one copy for
 * all sites, never from another host), e.g. /media/covers/x.jpg.
 */
export const filePath = z
  .string()
  .regex(/^\/[a-z0-9_-][\w./%-]*$/i, 'a root-relative file path like /media/x.jpg')

export const imageMimeType = z.enum(['image/jpeg', 'image/png', 'image/webp', 'image/avif'])

export const mediaSize = z.strictObject({
  name: z.string().min(1),
  url: filePath,
  width: positiveInt,
  height: positiveInt,
  mimeType: imageMimeType,
})

/** An image with its upload-time sizes (made by the CMS with sharp). An empty alt is decorative. */
export const mediaRef = z.strictObject({
  url: filePath,
  alt: z.string(),
  width: positiveInt,
  height: positiveInt,
  mimeType: imageMimeType.optional(),
  sizes: z.array(mediaSize).default([]),
  /** The editor's caption, shown under the image (figcaption). */
  caption: z.string().min(1).optional(),
})

/** Another organization as this site links to it (ancestors, memberships, children). */
export const orgLink = z.strictObject({
  id,
  name: z.string().min(2),
  shortName: z.string().min(2).optional(),
  kind: z.enum(ORG_KINDS),
  /** Its site's home page; absent when it has no site yet. */
  url: httpUrl.optional(),
})

/** A snapshot names only the contacts there are: no empty strings. */
export const contacts = contactsSchema(z.string().min(1), httpUrl)

export const social = socialLinksSchema(httpUrl)

export const category = z.strictObject({
  slug,
  title: z.string().min(2),
  description: z.string().optional(),
})

export const provenance = z.strictObject({
  orgId: id,
  orgName: z.string().min(2),
  orgShortName: z.string().min(2).optional(),
  /** False for syndicated items: the page then shows «Материал …» and links rel=canonical home. */
  isOwn: z.boolean(),
  /** The item's page on its origin org's site. */
  canonicalUrl: httpUrl,
})

export const documentFile = z.strictObject({
  id,
  title: z.string().min(2),
  docType: z.enum(DOCUMENT_TYPES),
  year: z.int().min(1900).max(2100),
  description: z.string().optional(),
  url: filePath,
  filename: z.string().min(1),
  mimeType: z.string().min(3),
  filesize: z.int().nonnegative(),
})

/** Where a document from above comes from: its org and that org's Документы page. */
export const documentOrigin = z.strictObject({
  orgId: id,
  orgName: z.string().min(2),
  orgShortName: z.string().min(2).optional(),
  kind: z.enum(ORG_KINDS),
  /** The origin's Документы page. */
  documentsUrl: httpUrl,
})

/** A document of an org above whose reach arrives at this site (the union's charter). */
export const upperDocumentFile = documentFile.extend({ origin: documentOrigin })
