import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { idOf } from '../services/refs'

/** Post and page addresses are unique within their organization's site, drafts included. */
export function uniqueSlugInOrg(noun: string): CollectionBeforeChangeHook {
  return async ({ data, req, originalDoc, collection }) => {
    const slug = data.slug ?? originalDoc?.slug
    const org = idOf(data.organization ?? originalDoc?.organization)
    if (!slug || org === null) return data
    const { docs } = await req.payload.find({
      collection: collection.slug,
      where: {
        and: [
          { slug: { equals: slug } },
          { organization: { equals: org } },
          ...(originalDoc?.id != null ? [{ id: { not_equals: originalDoc.id } }] : []),
        ],
      },
      draft: true,
      depth: 0,
      limit: 1,
      select: { slug: true },
      overrideAccess: true,
      req,
    })
    if (docs.length > 0) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [
          {
            path: 'slug',
            message: `Адрес «${slug}» уже занят: у этой организации есть ${noun} с таким адресом. Измените адрес.`,
          },
        ],
        req,
      })
    }
    return data
  }
}
