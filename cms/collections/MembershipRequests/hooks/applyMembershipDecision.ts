import type { CollectionAfterChangeHook } from 'payload'
import { sameId } from '../../../../domain/org/orgGraph'
import { loadOrg } from '../../../services/orgLinks'
import { idOf } from '../../../services/refs'

/**
 * Accepting adds the membership edge in the same transaction as the decision (a refusal by the
 * structure rules, say a cycle formed since the request, undoes both). Each step notifies the
 * other side; e-mails go through a job.
 */
export const applyMembershipDecision: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const fromId = idOf(doc.fromOrganization)!
  const toId = idOf(doc.toOrganization)!
  const [from, to] = [await loadOrg(req, fromId), await loadOrg(req, toId)]
  const notify = (orgId: string | number, subject: string, text: string) =>
    req.payload.jobs.queue({
      task: 'notifyEditors',
      input: {
        orgId: String(orgId),
        subject,
        text,
        adminPath: `/admin/collections/membership-requests/${doc.id}`,
      },
      req,
    })

  if (operation === 'create') {
    await notify(
      toId,
      `Заявка на членство: «${from?.name}»`,
      `«${from?.name}» просит принять её в члены «${to?.name}». Откройте раздел «Заявки на членство» в админке, чтобы принять или отклонить заявку.`,
    )
    return doc
  }
  if (doc.status === previousDoc?.status) return doc
  if (doc.status === 'accepted') {
    const current = await req.payload.findByID({
      collection: 'organizations',
      id: fromId,
      depth: 0,
      select: { memberships: true },
      overrideAccess: true,
      req,
    })
    const memberships = (current.memberships ?? []).map((m) => idOf(m)!)
    if (!memberships.some((m) => sameId(m, toId)))
      await req.payload.update({
        collection: 'organizations',
        id: fromId,
        // Ids are numbers on SQL and strings on MongoDB; the generated types know one of them.
        data: { memberships: [...memberships, toId] } as never,
        depth: 0,
        overrideAccess: true,
        req,
      })
    await notify(
      fromId,
      `Заявка на членство принята: «${to?.name}»`,
      `«${to?.name}» приняла «${from?.name}» в члены: её материалы теперь приходят на ваш сайт, и вы можете предлагать ей свои.`,
    )
  } else if (doc.status === 'declined') {
    await notify(
      fromId,
      `Заявка на членство отклонена: «${to?.name}»`,
      `«${to?.name}» отклонила заявку «${from?.name}» на членство.${doc.reason ? ` Причина: ${doc.reason}` : ''}`,
    )
  }
  return doc
}
