import type { CollectionBeforeChangeHook } from 'payload'
import { idOf } from '../services/refs'
import { organizationError, ownerLineage } from './ownerLineage'

/**
 * Stores the owner org's lineage on the document (what subtree grants match against) and refuses
 * an owner outside the signed-in user's scope. It is a hook, not field validation, because drafts
 * skip validation and a draft must not be filed under someone else's organization either.
 */
export const setOwnerLineage: CollectionBeforeChangeHook = async ({
  data,
  req,
  originalDoc,
  collection,
}) => {
  const orgId = idOf(data.organization ?? originalDoc?.organization)
  if (orgId === null)
    throw organizationError(
      collection.slug,
      req,
      'Укажите организацию, от имени которой публикуется материал.',
    )
  data.orgLineage = await ownerLineage(
    req,
    collection.slug,
    orgId,
    'editor',
    (name) =>
      `У вас нет прав публиковать материалы от имени организации «${name}». Выберите одну из своих организаций.`,
  )
  return data
}
