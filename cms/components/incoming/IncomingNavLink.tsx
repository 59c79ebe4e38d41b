import type { Payload, TypedUser } from 'payload'
import { grantsAtLeast, refId, type ScopedUser } from '../../../domain/access/scope'
import { IncomingWaitingCount } from './IncomingWaitingCount'

/**
 * «Входящие» beside «Мониторинг». Drawn at once, with no query: the number of items waiting for
 * review at the user's first own org (the org the inbox opens on) is fetched by the browser from
 * GET /api/incoming/:orgId/count afterwards, so no admin page waits for it.
 */
export function IncomingNavLink({ payload, user }: { payload: Payload; user: TypedUser }) {
  const first = grantsAtLeast(user as unknown as ScopedUser, 'editor')[0]
  const { admin, api } = payload.config.routes
  return (
    <a className="nav__link" href={`${admin}/incoming`} id="nav-incoming">
      <span className="nav__link-label">
        Входящие
        {first ? (
          <IncomingWaitingCount
            url={`${api}/incoming/${encodeURIComponent(String(refId(first.organization)))}/count`}
          />
        ) : null}
      </span>
    </a>
  )
}
