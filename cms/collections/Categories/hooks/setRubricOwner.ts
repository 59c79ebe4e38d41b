import type { CollectionBeforeChangeHook } from 'payload'
import { isPlatformAdmin } from '../../../../domain/access/scope'
import { userOf } from '../../../access/userOf'
import { organizationError, ownerLineage } from '../../../hooks/ownerLineage'
import { idOf } from '../../../services/refs'

/**
 * Stores the owner org's lineage (what subtree admin grants match) and keeps owners honest: a
 * signed-in user who is not a platform admin may own rubrics only by an org they administer,
 * and may not make (or turn a rubric into) a shared one. Trusted Local API calls are not limited.
 * The lineage step is setOwnerLineage's (ownerLineage), with the admin role.
 */
export const setRubricOwner: CollectionBeforeChangeHook = async ({
  data,
  req,
  originalDoc,
  collection,
}) => {
  // An explicit empty organization makes the rubric shared: `in`, not `??`.
  const orgId = idOf('organization' in data ? data.organization : originalDoc?.organization)
  if (orgId === null) {
    const user = userOf(req)
    if (user && !isPlatformAdmin(user))
      throw organizationError(
        collection.slug,
        req,
        'Общие рубрики сети создаёт только администратор платформы: выберите свою организацию.',
      )
    data.orgLineage = []
    return data
  }
  data.orgLineage = await ownerLineage(
    req,
    collection.slug,
    orgId,
    'admin',
    (name) => `Рубрики организации «${name}» может создавать только её администратор.`,
  )
  return data
}
