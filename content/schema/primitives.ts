import { z } from 'zod'
import { isValidSlug } from '../../cms/lib/slugify'
import { HEX_COLOR } from '../../cms/lib/color'

/** Keys name things inside one import bundle (org keys, media keys, category keys). */
export const key = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case Latin letters, digits and dashes')
const slugRule = (max: number) =>
  z
    .string()
    .refine(
      (value) => isValidSlug(value, max),
      `a slug: a-z, 0-9 and single dashes inside, at most ${max} characters`,
    )

/** Org, page and category slugs (org slugs become host names). */
export const slug = slugRule(63)
/** Post slugs may be longer, as the CMS allows. */
export const postSlug = slugRule(80)
export const hexColor = z.string().regex(HEX_COLOR, 'a colour like #1a4f8b')
export const httpUrl = z.url({ protocol: /^https?$/ })
export const isoDate = z.iso.datetime({ offset: true }).or(z.iso.date())
