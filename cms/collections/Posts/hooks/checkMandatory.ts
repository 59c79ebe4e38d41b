import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { loadOrg } from '../../../services/orgLinks'
import { idOf } from '../../../services/refs'
import { MANDATORY_KINDS } from '../../../../domain/syndication/reach'

/** Only the levels that the union documents charge with passing materials down may oblige others. */
export const checkMandatory: CollectionBeforeChangeHook = async ({
  data,
  req,
  originalDoc,
  collection,
}) => {
  const mandatory = data.mandatory ?? originalDoc?.mandatory
  if (!mandatory) return data
  const orgId = idOf(data.organization ?? originalDoc?.organization)
  const org = orgId === null ? undefined : await loadOrg(req, orgId)
  if (!org || !MANDATORY_KINDS.includes(org.kind)) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          path: 'mandatory',
          message:
            'Обязательными для всех нижестоящих материалы делают только федерация, профсоюзы и территориальные объединения.',
        },
      ],
      req,
    })
  }
  return data
}
