import { z } from 'zod'
import { DOCUMENT_TYPES, PUBLISH_STATUSES } from '../../domain/contentTypes'
import { ORG_KINDS } from '../../domain/org/orgKinds'
import { REACH_SCOPES } from '../../domain/syndication/reach'
import { isoDate, key, postSlug, slug } from './primitives'

export const categoryEntry = z
  .object({
    key,
    title: z.string().min(2),
    slug: slug.optional(),
    description: z.string().optional(),
  })
  .strict()

export const mediaEntry = z
  .object({
    key,
    /** Path relative to the bundle's media/ folder: .jpg, .png, .webp or .svg (rasterized on import). */
    file: z.string().regex(/^[\w./-]+\.(jpe?g|png|webp|svg)$/i),
    alt: z.string().min(3),
    caption: z.string().optional(),
    org: key,
  })
  .strict()

export const reachEntry = z
  .object({
    scope: z.enum(REACH_SCOPES),
    maxDepth: z.number().int().min(1).max(10).optional(),
    kinds: z.array(z.enum(ORG_KINDS)).optional(),
    /** Reach by name: only into these organizations' subtrees (their keys). */
    within: z.array(key).max(50).optional(),
    /** Never into these organizations' subtrees (their keys). */
    except: z.array(key).max(50).optional(),
  })
  .strict()

export const documentEntry = z
  .object({
    key,
    /** Path relative to the bundle's documents/ folder: .pdf, .docx or .odt. */
    file: z.string().regex(/^[\w./-]+\.(pdf|docx|odt)$/i),
    title: z.string().min(3),
    docType: z.enum(DOCUMENT_TYPES),
    year: z.number().int().min(1990).max(2100),
    description: z.string().optional(),
    org: key,
    /** How far the document travels down (the union's charter: subtree); absent = own site only. */
    reach: reachEntry.optional(),
  })
  .strict()

/** A post by its org key and slug: "<org key>/<slug>". */
export const postRef = z
  .string()
  .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'a post reference "<org key>/<slug>"')

/** syndication.json: proposals, reposts and receivers' decisions. */
export const syndicationEntry = z
  .object({
    reposts: z
      .array(z.object({ post: postRef, by: key, reach: reachEntry.optional() }).strict())
      .default([]),
    /** News proposed upward; `accepted` ones are reposted by the receiver with `reach`. */
    proposals: z
      .array(
        z
          .object({
            post: postRef,
            to: key,
            note: z.string().optional(),
            status: z.enum(['pending', 'accepted', 'declined']).default('pending'),
            reason: z.string().optional(),
            reach: reachEntry.optional(),
          })
          .strict(),
      )
      .default([]),
    decisions: z
      .array(
        z
          .object({
            org: key,
            post: postRef,
            action: z.enum(['hide', 'pin', 'accept']),
            until: isoDate.optional(),
          })
          .strict(),
      )
      .default([]),
  })
  .strict()

/** Front matter of posts/<org-key>/<file>.md; the Markdown body follows it. */
export const postFrontMatter = z
  .object({
    title: z.string().min(5),
    slug: postSlug.optional(),
    lead: z.string().min(10),
    date: isoDate,
    category: key,
    tags: z.array(z.string().min(2)).default([]),
    cover: key.optional(),
    status: z.enum(PUBLISH_STATUSES).default('published'),
    /** How far the post travels down the structure; the whole subtree when absent. */
    reach: reachEntry.optional(),
    /** Lower orgs cannot hide it (federation, unions and ТООП only). */
    mandatory: z.boolean().default(false),
  })
  .strict()

/** Front matter of pages/<org-key>/<file>.md. */
export const pageFrontMatter = z
  .object({
    title: z.string().min(2),
    slug,
    /** The slug of the parent page of the same org, for nested menus. */
    parent: slug.optional(),
    menuOrder: z.number().int().default(0),
    showInMenu: z.boolean().default(true),
    status: z.enum(PUBLISH_STATUSES).default('published'),
  })
  .strict()

export const userEntry = z
  .object({
    email: z.email(),
    name: z.string().min(2),
    password: z.string().min(8),
    role: z.enum(['platform-admin', 'member']).default('member'),
    grants: z
      .array(
        z
          .object({
            org: key,
            role: z.enum(['admin', 'editor']),
            subtree: z.boolean().default(false),
          })
          .strict(),
      )
      .default([]),
    /** Shown by `npm start` so a newcomer can log in. */
    description: z.string().optional(),
  })
  .strict()

export type CategoryEntry = z.infer<typeof categoryEntry>
export type MediaEntry = z.infer<typeof mediaEntry>
export type DocumentEntry = z.infer<typeof documentEntry>
export type PostFrontMatter = z.infer<typeof postFrontMatter>
export type PageFrontMatter = z.infer<typeof pageFrontMatter>
export type UserEntry = z.infer<typeof userEntry>
export type SyndicationEntry = z.infer<typeof syndicationEntry>
