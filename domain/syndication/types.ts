import type { OrgKind } from '../org/orgKinds'
import type { OrgId } from '../org/orgGraph'

/**
 * How far a post travels down from the org that publishes (or reposts) it: `depth` levels along
 * structural children and member orgs (0 = only the origin), to orgs of `kinds` only.
 */
export interface Reach {
  depth: number
  kinds: readonly OrgKind[]
  /**
   * Reach by name (issue 19): only into these orgs' subtrees — each named org and everything
   * below it (these two unions, that region). Empty or absent: everywhere the depth allows.
   */
  within?: readonly OrgId[]
  /** Never into these orgs' subtrees, even where `within` or the depth would send it. */
  except?: readonly OrgId[]
}

export interface SyndicationOrg {
  id: OrgId
  kind: OrgKind
  parent: OrgId | null
  memberships: readonly OrgId[]
  /** `review`: incoming items wait for an editor's acceptance (mandatory ones never wait). */
  policy: 'auto' | 'review'
}

export interface SyndicationPost {
  id: OrgId
  origin: OrgId
  publishedAt: string
  published: boolean
  mandatory: boolean
  reach: Reach
}

/** An upper org accepted a proposed post and passes it on with its own reach. */
export interface Repost {
  post: OrgId
  by: OrgId
  reach: Reach
}

export type DecisionAction = 'hide' | 'pin' | 'accept'

export interface Decision {
  org: OrgId
  post: OrgId
  action: DecisionAction
  /** For pins: the pin ends at this time (ISO); none means until unpinned. */
  until?: string | null
}

export interface FeedItem {
  post: OrgId
  origin: OrgId
  /** The org whose repost brought the item here, when it arrived only that way. */
  via: OrgId | null
  pinned: boolean
  publishedAt: string
}
