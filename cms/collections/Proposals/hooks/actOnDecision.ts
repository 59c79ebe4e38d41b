import type { CollectionAfterChangeHook } from 'payload'
import { loadOrg } from '../../../services/orgLinks'
import { idOf } from '../../../services/refs'

/**
 * Accepting reposts the item with the receiver's reach; every step notifies the other side.
 * E-mails go through a job, so a slow mail server never delays the editor's click.
 */
export const actOnDecision: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const to = idOf(doc.organization)!
  const from = idOf(doc.fromOrganization)!
  const post = idOf(doc.post)!
  const title = (
    await req.payload.findByID({
      collection: 'posts',
      id: post,
      depth: 0,
      select: { title: true },
      overrideAccess: true,
      req,
    })
  ).title
  const names = async (id: string | number) => (await loadOrg(req, id))?.name ?? ''
  const notify = (orgId: string | number, subject: string, text: string) =>
    req.payload.jobs.queue({
      task: 'notifyEditors',
      input: {
        orgId: String(orgId),
        subject,
        text,
        adminPath: `/admin/collections/proposals/${doc.id}`,
      },
      req,
    })

  if (operation === 'create') {
    await notify(
      to,
      `Предложен материал: «${title}»`,
      `${await names(from)} предлагает разместить материал «${title}». Откройте раздел «Предложения» в админке, чтобы принять или отклонить его.`,
    )
    return doc
  }
  if (doc.status === previousDoc?.status) return doc
  if (doc.status === 'accepted') {
    const existing = await req.payload.count({
      collection: 'reposts',
      where: { and: [{ post: { equals: post } }, { organization: { equals: to } }] },
      overrideAccess: true,
      req,
    })
    if (existing.totalDocs === 0) {
      await req.payload.create({
        collection: 'reposts',
        // Ids are numbers on SQL and strings on MongoDB; the generated types know one of them.
        // The receiver's own site unless it chose further: never the repost field's default.
        data: {
          post,
          organization: to,
          reach: { ...doc.reach, scope: doc.reach?.scope ?? 'own' },
        } as never,
        depth: 0,
        overrideAccess: true,
        req,
      })
    }
    await notify(
      from,
      `Материал принят: «${title}»`,
      `${await names(to)} разместила ваш материал «${title}» и передала его своим организациям.`,
    )
  } else if (doc.status === 'declined') {
    await notify(
      from,
      `Материал не принят: «${title}»`,
      `${await names(to)} не приняла материал «${title}». Причина: ${doc.reason}`,
    )
  }
  return doc
}
