import type { SyndicationOrg } from '../../domain/syndication/types'

/** An org of a hand-drawn syndication graph: its kind, structural parent and memberships. */
export const syndicationOrg = (
  id: string,
  kind: SyndicationOrg['kind'],
  parent: string | null,
  memberships: string[] = [],
) => ({ id, kind, parent, memberships, policy: 'auto' }) as SyndicationOrg
