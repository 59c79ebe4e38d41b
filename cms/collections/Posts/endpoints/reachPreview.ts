import type { Endpoint } from 'payload'
import { configValue } from '../../../../config'
import { isOrgKind, ORG_KINDS, type OrgKind } from '../../../../domain/org/orgKinds'
import { loadDownstream } from '../../../syndication/loadDownstream'
import { REACH_SCOPES, toReach, type ReachScope } from '../../../../domain/syndication/reach'
import { groupByParent } from '../../../../domain/syndication/reachGroups'
import { NAMED_ORGS_MAX } from '../../../fields/reachFields'
import type { OrgId } from '../../../../domain/org/orgGraph'

const SAMPLE = 50

/**
 * `within=3,7` / `except=12`: ids (numbers on SQL databases), at most NAMED_ORGS_MAX; null for
 * anything else.
 */
function namedParam(value: string | null, numeric: boolean): OrgId[] | null {
  const ids = (value ?? '').split(',').filter((id) => id !== '')
  const valid = numeric ? /^\d{1,15}$/ : /^[A-Za-z0-9_-]{1,64}$/
  if (ids.length > NAMED_ORGS_MAX || ids.some((id) => !valid.test(id))) return null
  return numeric ? ids.map(Number) : ids
}

/**
 * GET /api/posts/reach-preview?org=<id>&scope=subtree&maxDepth=2&kinds=primary_org&within=3,7&except=12
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
    const numeric = req.payload.db.defaultIDType === 'number'
    const within = namedParam(params.get('within'), numeric)
    const except = namedParam(params.get('except'), numeric)
    if (within === null || except === null)
      return Response.json(
        { message: `Назовите не больше ${NAMED_ORGS_MAX} организаций их номерами.` },
        { status: 400 },
      )
    const reach = toReach({ scope: scope as ReachScope, maxDepth, kinds, within, except })
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
