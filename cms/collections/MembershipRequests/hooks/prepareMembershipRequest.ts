import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { coversOrg } from '../../../../domain/access/scope'
import { userOf } from '../../../access/userOf'
import { sameId } from '../../../../domain/org/orgGraph'
import { loadOrg, loadUpstreamClosure } from '../../../services/orgLinks'
import { idOf } from '../../../services/refs'
import { structureProblems } from '../../Organizations/hooks/structureProblems'

/** What a request is about and who filed it never change after it is filed. */
const FIXED = [
  'fromOrganization',
  'toOrganization',
  'note',
  'requestedBy',
  'fromLineage',
  'toLineage',
]

/**
 * A request is filed by an admin of the joining org, for a membership the structure allows and
 * that neither exists nor is already asked for. Afterwards only the decision changes, once.
 */
export const prepareMembershipRequest: CollectionBeforeChangeHook = async ({
  data,
  req,
  originalDoc,
  operation,
  collection,
}) => {
  const fail = (path: string, message: string) =>
    new ValidationError({ collection: collection.slug, errors: [{ path, message }], req })
  const user = userOf(req)

  if (operation === 'update' && originalDoc) {
    for (const field of FIXED) data[field] = originalDoc[field]
    const from = originalDoc.status
    const to = data.status ?? from
    if (from !== 'pending' && to !== from)
      throw fail('status', 'Решение по этой заявке уже принято.')
    if (to !== from) {
      data.decidedAt = new Date().toISOString()
      data.decidedBy = user?.id ?? null
    } else {
      data.decidedAt = originalDoc.decidedAt
      data.decidedBy = originalDoc.decidedBy
    }
    return data
  }

  const fromId = idOf(data.fromOrganization)
  const toId = idOf(data.toOrganization)
  const from = fromId === null ? undefined : await loadOrg(req, fromId)
  const to = toId === null ? undefined : await loadOrg(req, toId)
  if (!from) throw fail('fromOrganization', 'Выберите организацию, которая вступает в членство.')
  if (!to) throw fail('toOrganization', 'Выберите организацию, в которую вступаете.')
  if (user && !coversOrg(user, 'admin', from.id, [...from.ancestors, from.id]))
    throw fail(
      'fromOrganization',
      'Подать заявку на членство может только администратор вступающей организации.',
    )
  if (from.memberships.some((m) => sameId(m, to.id)))
    throw fail('toOrganization', `«${from.name}» уже является членом «${to.name}».`)
  const upstream = await loadUpstreamClosure(
    req,
    from.parent === null ? [to.id] : [from.parent, to.id],
  )
  const problem = structureProblems(
    { id: from.id, kind: from.kind, parent: from.parent, memberships: [to.id] },
    upstream,
  ).find((p) => p.path === 'memberships')
  if (problem) throw fail('toOrganization', problem.message)
  const pending = await req.payload.count({
    collection: 'membership-requests',
    where: {
      and: [
        { fromOrganization: { equals: from.id } },
        { toOrganization: { equals: to.id } },
        { status: { equals: 'pending' } },
      ],
    },
    overrideAccess: true,
    req,
  })
  if (pending.totalDocs > 0)
    throw fail(
      'toOrganization',
      `Заявка «${from.name}» на членство в «${to.name}» уже отправлена и ждёт решения.`,
    )

  data.status = 'pending'
  data.reason = null
  data.decidedAt = null
  data.decidedBy = null
  data.requestedBy = user?.id ?? null
  data.fromLineage = [...from.ancestors, from.id]
  data.toLineage = [...to.ancestors, to.id]
  return data
}
