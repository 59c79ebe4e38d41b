import type { Endpoint } from 'payload'
import { configValue } from '../../../../config'
import { PREVIEW_TTL_SECONDS, signPreview } from '../../../draftPreview/previewToken'
import { refuse } from '../../../subscriptions/requestedOrg'

const ID = /^\d{1,15}$/

/**
 * GET /api/posts/:id/preview-link — a short-lived link that shows the post's last saved draft
 * on its organization's site layout (the preview server, publishing/preview). Only for a user
 * who may read that draft: it is read here with their rights, and a post they cannot read is
 * 404 like one that does not exist. The link is signed for this post and this user and opens
 * for ten minutes; it is never cached.
 */
export const previewLinkEndpoint: Endpoint = {
  path: '/:id/preview-link',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refuse(401, 'Войдите в систему.')
    const id = String(req.routeParams?.id ?? '')
    if (!ID.test(id)) return refuse(400, 'Неверный идентификатор материала.')
    const post = await req.payload.findByID({
      collection: 'posts',
      id,
      draft: true,
      depth: 0,
      select: { title: true },
      overrideAccess: false,
      user: req.user,
      disableErrors: true,
      req,
    })
    if (!post) return refuse(404, 'Материал не найден.')
    const exp = Math.floor(Date.now() / 1000) + PREVIEW_TTL_SECONDS
    const token = signPreview(req.payload.secret, {
      collection: 'posts',
      id,
      user: String(req.user.id),
      exp,
    })
    const origin = configValue('DRAFTS_ORIGIN').replace(/\/$/, '')
    return Response.json(
      { url: `${origin}/preview/${token}`, expiresAt: new Date(exp * 1000).toISOString() },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  },
}
