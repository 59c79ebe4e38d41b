import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { coversOrg } from '../../domain/access/scope'
import { userOf } from '../access/userOf'
import { loadOrg } from '../services/orgLinks'
import { idOf } from '../services/refs'

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
  const fail = (message: string) =>
    new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'organization', message }],
      req,
    })
  const orgId = idOf(data.organization ?? originalDoc?.organization)
  if (orgId === null) throw fail('Укажите организацию, от имени которой публикуется материал.')
  const org = await loadOrg(req, orgId)
  if (!org) throw fail('Такой организации нет: выберите организацию из списка.')
  const lineage = [...org.ancestors, org.id]
  const user = userOf(req)
  if (user && !coversOrg(user, 'editor', org.id, lineage)) {
    throw fail(
      `У вас нет прав публиковать материалы от имени организации «${org.name}». Выберите одну из своих организаций.`,
    )
  }
  data.orgLineage = lineage
  return data
}
