import { ValidationError, type CollectionBeforeValidateHook, type Where } from 'payload'
import { rubricSlugClash } from '../../../../domain/rubrics/rubricSlugClash'
import { idOf } from '../../../services/refs'

/** Others with the slug looked at: one of each kind decides (an own, a shared, any org's). */
const LIMIT = 3

/**
 * A rubric's slug is unique within its org and against the shared rubrics, not network-wide
 * (rubricSlugClash says why). The (organization, slug) unique index guards an org's rubrics
 * against a race; it cannot guard the shared ones (SQL treats the empty organizations as
 * distinct) nor the shared-against-own case, so this check is the rule, with a Russian error on
 * the slug field. Runs after the field hooks, so a slug derived from the title is checked too.
 */
export const checkRubricSlug: CollectionBeforeValidateHook = async ({
  data,
  req,
  originalDoc,
  collection,
}) => {
  if (!data) return data
  const slug = typeof data.slug === 'string' ? data.slug : originalDoc?.slug
  if (typeof slug !== 'string' || slug === '') return data // the field's own error
  const org = idOf('organization' in data ? data.organization : originalDoc?.organization)
  const and: Where[] = [{ slug: { equals: slug } }]
  if (originalDoc?.id !== undefined) and.push({ id: { not_equals: originalDoc.id } })
  // An org's rubric meets its own org's and the shared ones; a shared one meets every rubric.
  if (org !== null)
    and.push({ or: [{ organization: { equals: org } }, { organization: { exists: false } }] })
  const { docs } = await req.payload.find({
    collection: 'categories',
    where: { and },
    select: { title: true, organization: true },
    populate: { organizations: { name: true } },
    depth: 1,
    limit: LIMIT,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const clash = rubricSlugClash(
    slug,
    org,
    docs.map((d) => {
      const owner = d.organization
      return {
        title: d.title,
        org: idOf(owner),
        ...(owner && typeof owner === 'object' && owner.name ? { orgName: owner.name } : {}),
      }
    }),
  )
  if (clash)
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'slug', message: clash }],
      req,
    })
  return data
}
