import type { Payload } from 'payload'
import type { PreviewGrant } from '../../cms/draftPreview/previewToken'
import { OrgDirectory } from '../../cms/export/orgDirectory'
import { idOf } from '../../cms/services/refs'
import type { SiteRenderer } from '../render/siteRenderer'
import { collectSnapshots } from '../snapshot/collectSnapshots'
import type { SourcePost } from '../snapshot/snapshotSources'
import { POST_SOURCE_SELECT, SOURCE_POPULATE } from '../snapshot/sourceQueries'
import { markAsDraft } from './markAsDraft'
import { withDraft } from './withDraft'

export type DraftPage = { status: 200; html: string } | { status: 403 | 404; message: string }

const ARTICLE = /\/news\/\[slug\]$/

/**
 * The article page of a post's last saved draft, on its organization's site as the site would
 * be with the draft published: the same snapshot sources, renderer and layout as a publication,
 * with the draft put in (withDraft). The draft is read with the rights of the user the link was
 * signed for, so a link outliving that user's access shows nothing. Nothing is written.
 */
export async function renderDraft(
  payload: Payload,
  renderer: SiteRenderer,
  grant: PreviewGrant,
  now = new Date(),
): Promise<DraftPage> {
  const user = await payload.findByID({
    collection: 'users',
    id: grant.user,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!user) return { status: 403, message: 'Ссылка больше не действует.' }
  const draft = await payload.findByID({
    collection: 'posts',
    id: grant.id,
    draft: true,
    depth: 1,
    select: { ...POST_SOURCE_SELECT, organization: true },
    populate: SOURCE_POPULATE,
    overrideAccess: false,
    user: { ...user, collection: 'users' },
    disableErrors: true,
  })
  const org = idOf(draft?.organization)
  if (!draft || org === null) return { status: 404, message: 'Материал не найден или недоступен.' }
  const directory = await OrgDirectory.load(payload)
  const owner = directory.get(org)
  if (!owner) return { status: 404, message: 'Организация материала не найдена.' }
  const post: SourcePost = { ...draft, slug: draft.slug || `chernovik-${draft.id}` }
  const { snapshots } = await collectSnapshots(payload, directory, [org], (sources) =>
    withDraft(sources, org, post, now),
  )
  const snapshot = snapshots.get(String(org))
  if (!snapshot || snapshot instanceof Error) throw snapshot ?? new Error('no snapshot')
  const site = renderer.siteData(snapshot, owner.key)
  const page = renderer
    .plan([site])
    .find(
      (p) =>
        ARTICLE.test(p.route) &&
        (p.props as { item?: { id?: unknown } }).item?.id === String(draft.id),
    )
  if (!page) return { status: 404, message: 'У черновика нет страницы: проверьте заголовок.' }
  const html = (await renderer.render(page)).toString('utf8')
  return {
    status: 200,
    html: markAsDraft(html, { orgName: owner.name, siteOrigin: directory.address(org).origin }),
  }
}
