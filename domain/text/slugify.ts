import { SLUG } from '../contract/primitives'
import { transliterate } from './transliterate'

/** A slug must also be a valid DNS label, because org slugs become sub-domains. */
export const SLUG_MAX_LENGTH = 63
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/

/** Quotes and the number sign («Школа № 5») carry no meaning in an address. */
const DROPPED = /[«»"'“”„`’№]/g

export function slugify(input: string, maxLength = SLUG_MAX_LENGTH): string {
  const latin = transliterate(input.replace(DROPPED, ''))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
  const dashed = latin.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
  if (dashed.length <= maxLength) return dashed
  // Cut at a word boundary where possible so the slug stays readable.
  const cut = dashed.slice(0, maxLength)
  const lastDash = cut.lastIndexOf('-')
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/g, '')
}

/** Org slugs are DNS labels (63 characters); post and page slugs may be longer. */
export function isValidSlug(value: string, maxLength = SLUG_MAX_LENGTH): boolean {
  return value.length <= maxLength && SLUG.test(value)
}
