import { createLocalReq, type Payload, type TypedUser } from 'payload'
import { incomingItems } from '../../incoming/incomingItems'
import { ownOrgs } from '../../incoming/ownOrgs'

/** How many items wait for review at the user's first own org (0 when it reviews nothing). */
async function waitingCount(payload: Payload, user: TypedUser): Promise<number> {
  const req = await createLocalReq({ user }, payload)
  const org = (await ownOrgs(req))[0]
  if (!org) return 0
  const list = await incomingItems(req, org.id).catch(() => null)
  return list?.items.filter((i) => i.waiting).length ?? 0
}

/** «Входящие» beside «Мониторинг», with the number of items waiting for review. */
export async function IncomingNavLink({ payload, user }: { payload: Payload; user: TypedUser }) {
  const waiting = await waitingCount(payload, user)
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/incoming`} id="nav-incoming">
      <span className="nav__link-label">
        Входящие
        {waiting > 0 && ` (ждут проверки: ${waiting})`}
      </span>
    </a>
  )
}
