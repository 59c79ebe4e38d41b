import { z } from 'zod'

/**
 * Field rules that the import format (content/schema) and the snapshot contract
 * (site/src/snapshot) share. Each side builds its own objects on these; where the two are
 * deliberately different (an import may leave a contact blank, a snapshot may not), the
 * difference is spelled out at the use, not by copying the rule.
 */

export const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i
export const hexColor = z.string().regex(HEX_COLOR, 'a colour like #1a4f8b')

/** Lower-case Latin letters and digits, single dashes inside (org slugs become host names). */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const SLUG_RULE = 'a slug: a-z, 0-9 and single dashes inside'
export const slug = z.string().regex(SLUG, SLUG_RULE)
/** A slug of at most `max` characters, as one rule with one message. */
export const slugOfAtMost = (max: number) =>
  z
    .string()
    .refine(
      (value) => value.length <= max && SLUG.test(value),
      `${SLUG_RULE}, at most ${max} characters`,
    )

const HTTP = /^https?$/
/** An absolute http(s) URL, as a person types it into an import file. */
export const httpUrl = z.url({ protocol: HTTP })
/**
 * The snapshot's URL also has a DNS host name: the CMS wrote it, and the site puts it into
 * feeds and sitemaps, where an IP literal or an underscore would be wrong.
 */
export const hostedHttpUrl = z.url({ protocol: HTTP, hostname: z.regexes.hostname })

export const isoDateTime = z.iso.datetime({ offset: true })

/** Names of an organization (the short one for headers and feeds). */
export const orgName = z.string().min(3)
export const orgShortName = z.string().min(2)
