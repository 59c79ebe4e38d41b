import { z } from 'zod'

export const CONTENT_FORMAT = 'union-sites/content'
export const CONTENT_FORMAT_VERSION = 1

/** manifest.json at the root of a bundle. */
export const manifest = z
  .object({
    format: z.literal(CONTENT_FORMAT),
    version: z.literal(CONTENT_FORMAT_VERSION),
    /** Prefix of every import key in the database, so several bundles can coexist. */
    namespace: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string(),
  })
  .strict()

export type Manifest = z.infer<typeof manifest>
