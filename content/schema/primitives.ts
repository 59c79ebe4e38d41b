import { z } from 'zod'
import { SLUG_PATTERN } from '../../cms/lib/slugify'
import { HEX_COLOR } from '../../cms/lib/color'

/** Keys name things inside one import bundle (org keys, media keys, category keys). */
export const key = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case Latin letters, digits and dashes')
export const slug = z.string().regex(SLUG_PATTERN, 'a slug: a-z, 0-9 and dashes, at most 63 characters')
export const hexColor = z.string().regex(HEX_COLOR, 'a colour like #1a4f8b')
export const httpUrl = z.url({ protocol: /^https?$/ })
export const isoDate = z.iso.datetime({ offset: true }).or(z.iso.date())
