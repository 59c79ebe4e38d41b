import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { coversOrg } from '../../../../domain/access/scope'
import { userOf } from '../../../access/userOf'
import { loadOrg, loadUpstreamClosure } from '../../../services/orgLinks'
import { idOf } from '../../../services/refs'

/**
 * A proposal goes from the post's own org to an org above it (its parent, a ТООП it belongs to,
 * or higher: collective-bargaining news may go straight to the top). Once decided it is final.
 */
export const prepareProposal: CollectionBeforeChangeHook = async ({
  data,
  req,
  originalDoc,
  operation,
  collection,
}) => {
  const fail = (path: string, message: string) =>
    new ValidationError({ collection: collection.slug, errors: [{ path, message }], req })

  if (operation === 'update' && originalDoc) {
    // What is proposed, by whom and to whom never changes; only the decision does.
    data.post = originalDoc.post
    data.organization = originalDoc.organization
    data.fromOrganization = originalDoc.fromOrganization
    const from = originalDoc.status
    const to = data.status ?? from
    if (from !== 'pending' && to !== from)
      throw fail('status', 'Решение по этому предложению уже принято.')
    if (to === 'declined' && !(data.reason ?? originalDoc.reason))
      throw fail('reason', 'Укажите причину отказа — её увидит предложившая организация.')
    if (to !== from) data.decidedAt = new Date().toISOString()
    return data
  }

  const postId = idOf(data.post)
  const post =
    postId === null
      ? null
      : await req.payload.findByID({
          collection: 'posts',
          id: postId,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          req,
        })
  if (!post) throw fail('post', 'Выберите материал, который предлагаете.')
  if (post._status !== 'published')
    throw fail('post', 'Сначала опубликуйте материал на своём сайте, затем предлагайте его.')
  const fromId = idOf(post.organization)!
  const from = (await loadOrg(req, fromId))!
  const user = userOf(req)
  if (user && !coversOrg(user, 'editor', from.id, [...from.ancestors, from.id]))
    throw fail('post', 'Предлагать можно только материалы своей организации.')
  const toId = idOf(data.organization)
  const upstream = await loadUpstreamClosure(
    req,
    from.parent === null ? from.memberships : [from.parent, ...from.memberships],
  )
  const to = toId === null ? undefined : upstream.get(String(toId))
  if (!to)
    throw fail(
      'organization',
      'Предложить материал можно только вышестоящей организации или объединению, членом которого вы являетесь.',
    )
  // The unique index would refuse a second one with «Следующее поле недействительно: post_id».
  const earlier = await req.payload.count({
    collection: 'proposals',
    where: { and: [{ post: { equals: post.id } }, { organization: { equals: to.id } }] },
    overrideAccess: true,
    req,
  })
  if (earlier.totalDocs > 0)
    throw fail(
      'organization',
      `Этот материал уже предложен организации «${to.name}». Второй раз предлагать его той же организации нельзя.`,
    )
  data.status = 'pending'
  data.fromOrganization = from.id
  data.fromLineage = [...from.ancestors, from.id]
  data.orgLineage = [...to.ancestors, to.id]
  return data
}
