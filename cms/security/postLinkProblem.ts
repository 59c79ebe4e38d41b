import type { OrgId } from '../../domain/org/orgGraph'
import { feedOf } from '../../domain/syndication/feed'
import { SyndicationGraph } from '../../domain/syndication/graph'
import type { Repost, SyndicationOrg, SyndicationPost } from '../../domain/syndication/types'

/** A decision concerns the org's incoming feed; a repost passes a post further down. */
export type PostLinkKind = 'decision' | 'repost'

export interface PostLinkInput {
  kind: PostLinkKind
  /** The org that decides or reposts. */
  org: OrgId
  /** The org and everything upstream of it and of the post's origin (parents, memberships). */
  orgs: readonly SyndicationOrg[]
  post: SyndicationPost | null
  /** The post's existing reposts (other than the one being saved). */
  reposts: readonly Repost[]
}

/**
 * Why `org` may not name `post` in a feed decision or a repost, in Russian, or null when it may.
 * A decision needs the post to arrive in the org's feed (own, by the origin's reach, or through
 * a repost), exactly as feedOf decides. A repost may also pass on a story of an org below it
 * (what a proposal asks for). Drafts are never named: a link to a draft leaks that it exists and
 * used to pin the draft against deletion.
 */
export function postLinkProblem(input: PostLinkInput): string | null {
  const { post } = input
  if (!post) return 'Такого материала нет: выберите материал из списка.'
  if (!post.published)
    return 'Материал ещё не опубликован: решения и перепубликации возможны только для опубликованных материалов.'
  // The review policy decides what is shown, not what may be decided about, hence `auto`.
  const graph = new SyndicationGraph(input.orgs.map((o) => ({ ...o, policy: 'auto' as const })))
  const arrives =
    feedOf({
      graph,
      org: input.org,
      posts: [post],
      reposts: input.reposts,
      decisions: [],
      now: new Date(0),
    }).length > 0
  if (input.kind === 'decision')
    return arrives
      ? null
      : 'Этот материал не приходит на сайт вашей организации: решение о нём принять нельзя.'
  const own = String(post.origin) === String(input.org)
  const fromBelow = !own && graph.distances(post.origin, 'up').has(String(input.org))
  if (own) return 'Свой материал не перепубликуют: измените его распространение в самом материале.'
  return arrives || fromBelow
    ? null
    : 'Перепубликовать можно только материал нижестоящей организации или пришедший на ваш сайт.'
}
