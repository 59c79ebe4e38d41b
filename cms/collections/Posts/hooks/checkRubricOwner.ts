import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { rubricAssignable } from '../../../../domain/rubrics/rubricAssignable'
import { idOf } from '../../../services/refs'

/**
 * A document may carry a shared rubric or one of its own organization, never another org's: a
 * hook, not field validation, because drafts skip validation. Checked for every caller, as a
 * foreign rubric would show on no site anyway.
 */
export const checkRubricOwner: CollectionBeforeChangeHook = async ({
  data,
  req,
  originalDoc,
  collection,
}) => {
  const rubricId = idOf('category' in data ? data.category : originalDoc?.category)
  if (rubricId === null) return data
  const docOrg = idOf(data.organization ?? originalDoc?.organization)
  const rubric = await req.payload.findByID({
    collection: 'categories',
    id: rubricId,
    depth: 0,
    select: { organization: true, title: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!rubric) return data // a missing rubric is the relationship field's own error
  if (!rubricAssignable(idOf(rubric.organization), docOrg))
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          path: 'category',
          message: `Рубрика «${rubric.title}» принадлежит другой организации: выберите общую рубрику или рубрику своей организации.`,
        },
      ],
      req,
    })
  return data
}
