import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { coversOrg, isPlatformAdmin } from '../../../../domain/access/scope'
import { userOf } from '../../../access/userOf'
import { loadOrg } from '../../../services/orgLinks'
import { idOf } from '../../../services/refs'

/**
 * Stores the owner org's lineage (what subtree admin grants match) and keeps owners honest: a
 * signed-in user who is not a platform admin may own rubrics only by an org they administer,
 * and may not make (or turn a rubric into) a shared one. Trusted Local API calls are not limited.
 */
export const setRubricOwner: CollectionBeforeChangeHook = async ({
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
  const orgId = idOf('organization' in data ? data.organization : originalDoc?.organization)
  const user = userOf(req)
  const checked = user && !isPlatformAdmin(user)
  if (orgId === null) {
    if (checked)
      throw fail(
        'Общие рубрики сети создаёт только администратор платформы: выберите свою организацию.',
      )
    data.orgLineage = []
    return data
  }
  const org = await loadOrg(req, orgId)
  if (!org) throw fail('Такой организации нет: выберите организацию из списка.')
  const lineage = [...org.ancestors, org.id]
  if (checked && !coversOrg(user, 'admin', org.id, lineage))
    throw fail(`Рубрики организации «${org.name}» может создавать только её администратор.`)
  data.orgLineage = lineage
  return data
}
