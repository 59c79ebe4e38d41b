import { z } from 'zod'
import { isoDateTime, slugOfAtMost } from '../../domain/contract/primitives'

// Rules of the import format alone; those it shares with the snapshot are in domain/contract.

/** Keys name things inside one import bundle (org keys, media keys, category keys). */
export const key = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case Latin letters, digits and dashes')

/** Org, page and category slugs (org slugs become host names: a DNS label, 63 characters). */
export const slug = slugOfAtMost(63)
/** Post slugs may be longer, as the CMS allows. */
export const postSlug = slugOfAtMost(80)
/** A post's date may be a day alone; a snapshot always has the moment. */
export const isoDate = isoDateTime.or(z.iso.date())
