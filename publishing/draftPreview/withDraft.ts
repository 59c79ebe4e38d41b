import type { OrgId } from '../../domain/org/orgGraph'
import type { SnapshotSources, SourcePost } from '../snapshot/snapshotSources'

/**
 * The sources of `org`'s site as they would be once `draft` is published: the draft in place of
 * the published post (or as a new one), first in the org's own feed. Nothing is written: the
 * sources are the preview's own copy, read for this one request.
 */
export function withDraft(
  sources: SnapshotSources,
  org: OrgId,
  draft: SourcePost,
  now: Date,
): void {
  const id = String(draft.id)
  sources.posts.set(id, draft)
  const feed = (sources.feeds.get(String(org)) ?? []).filter((item) => String(item.post) !== id)
  sources.feeds.set(String(org), [
    {
      post: id,
      origin: org,
      via: null,
      pinned: false,
      publishedAt: draft.publishedAt ?? now.toISOString(),
    },
    ...feed,
  ])
}
