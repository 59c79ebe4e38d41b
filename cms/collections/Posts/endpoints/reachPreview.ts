import type { Endpoint } from 'payload'
import { configValue } from '../../../../config'
import { isOrgKind, ORG_KINDS, type OrgKind } from '../../../../domain/org/orgKinds'
import { loadDownstream } from '../../../syndication/loadDownstream'
import { REACH_SCOPES, toReach, type ReachScope } from '../../../../domain/syndication/reach'
import { groupByParent } from '../../../../domain/syndication/reachGroups'

const SAMPLE = 50

/**
 * GET /api/posts/reach-preview?org=<id>&scope=subtree&maxDepth=2&kinds=primary_org
 * "Who will receive this": counts by kind, the receivers grouped by parent and the first
 * receivers, for the post form; and above how many sites a mandatory item needs confirming.
 */
export const reachPreviewEndpoint: Endpoint = {
  path: '/reach-preview',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ message: 'Войдите в систему.' }, { status: 401 })
    const params = new URL(req.url ?? 'http://x').searchParams
    const org = params.get('org')
    const scope = params.get('scope') ?? 'subtree'
    if (!org || !(REACH_SCOPES as readonly string[]).includes(scope))
      return Response.json({ message: 'Укажите организацию и охват.' }, { status: 400 })
    const kinds = (params.get('kinds') ?? '').split(',').filter(isOrgKind) as OrgKind[]
    const maxDepth = Number(params.get('maxDepth')) || undefined
    const reach = toReach({ scope: scope as ReachScope, maxDepth, kinds })
    const receivers = await loadDownstream(req, org, reach)
    const byKind = Object.fromEntries(
      ORG_KINDS.map((k) => [k, receivers.filter((r) => r.kind === k).length]),
    )
    return Response.json({
      total: receivers.length,
      // The publish button asks before a mandatory item goes further than this (issue 19).
      confirmAbove: configValue('MANDATORY_CONFIRM_ABOVE'),
      byKind,
      heldForReview: receivers.filter((r) => r.policy === 'review').length,
      sample: receivers.slice(0, SAMPLE).map(({ id, name, kind }) => ({ id, name, kind })),
      groups: groupByParent(receivers),
    })
  },
}
