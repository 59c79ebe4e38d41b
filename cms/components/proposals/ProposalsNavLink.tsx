import { createLocalReq, type Payload, type TypedUser } from 'payload'
import { pendingCount } from '../../proposals/reviewList'

/** «Предложенные материалы» beside «Входящие», with the number waiting for the user's decision. */
export async function ProposalsNavLink({ payload, user }: { payload: Payload; user: TypedUser }) {
  const req = await createLocalReq({ user }, payload)
  const waiting = await pendingCount(req).catch(() => 0)
  return (
    <a
      className="nav__link"
      href={`${payload.config.routes.admin}/proposals`}
      id="nav-proposals-review"
    >
      <span className="nav__link-label">
        Предложенные материалы
        {waiting > 0 && ` (ждут решения: ${waiting})`}
      </span>
    </a>
  )
}
