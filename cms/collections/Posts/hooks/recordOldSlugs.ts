import type { FieldHook } from 'payload'
import { nextOldSlugs } from '../../../../domain/publishing/slugRedirects'
import { readPublishedRow } from '../../../publishing/publishedRow'

const slugsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : []

/**
 * The post's old slugs, kept so their addresses redirect (301) to the new one. Computed here
 * from the stored rows only — whatever a client sends for the field is ignored, so nobody can
 * plant a redirect. A publish that changes the published slug adds it; a draft keeps the list.
 */
export const recordOldSlugs: FieldHook = async ({ operation, originalDoc, siblingData, req }) => {
  const previous = slugsOf(originalDoc?.oldSlugs)
  if (operation !== 'update' || originalDoc?.id === undefined) return []
  if (siblingData._status !== 'published') return previous
  // The main row is the published state (originalDoc may be a newer draft).
  const published = await readPublishedRow(req, 'posts', originalDoc.id as string | number)
  const publishedSlug = published?._status === 'published' ? (published.slug as string) : null
  return nextOldSlugs(slugsOf(published?.oldSlugs ?? previous), publishedSlug, siblingData.slug)
}
