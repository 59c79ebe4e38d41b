import type { AdminViewServerProps, PayloadRequest } from 'payload'
import { INCOMING_BATCH_MAX } from '../../../domain/syndication/incomingActionInput'
import { waitingDays } from '../../../domain/syndication/incomingStatus'
import { incomingItems, type IncomingList } from '../../incoming/incomingItems'
import { ownOrgs } from '../../incoming/ownOrgs'
import { dashboardOrgs } from '../../../domain/access/orgChoice'
import { readOrgChoice } from '../../orgChoice/readOrgChoice'
import { AdminViewFrame } from '../adminView/AdminViewFrame'
import { loadOrgView } from '../adminView/loadOrgView'
import { openAdminView } from '../adminView/openAdminView'
import { IncomingTable } from './IncomingTable'
import { INCOMING_CSS } from './incomingStyles'

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

/**
 * /admin/incoming?org=<id>: everything that arrives on the org's site from above (by default the
 * org chosen in the switcher, if it is one of the user's own, else the user's first own org),
 * waiting items first and oldest first, with hide / pin / accept and their undo on each item and
 * on the ticked ones. A plain form posting to /api/incoming/:org, which
 * answers with a redirect back here: no script needed.
 */
export async function IncomingView(props: AdminViewServerProps) {
  const { searchParams } = props
  // The selector lists the user's own orgs; the first is the default: one query for both.
  let own: ReturnType<typeof ownOrgs> | undefined
  const ownOf = (req: PayloadRequest) => (own ??= ownOrgs(req))
  const { req, base, orgId } = await openAdminView(props, {
    path: 'incoming',
    // The org chosen in the switcher (issue 19) when it is one of the selector's, else the first.
    defaultOrg: async (r) => {
      const orgs = await ownOf(r)
      const [id] = dashboardOrgs(
        orgs.map((o) => o.id),
        await readOrgChoice(r.payload, r.user),
      )
      return id
    },
  })
  const orgs = await ownOf(req)
  const data: IncomingList | string = await loadOrgView(
    orgId,
    (id) => incomingItems(req, id),
    'Нет доступа к входящим этой организации.',
  )
  const done = first(searchParams?.done)
  const error = first(searchParams?.error)
  const now = new Date()
  const items =
    typeof data === 'string'
      ? []
      : data.items.map((i) => ({
          ...i,
          waitingDays: i.waiting ? waitingDays(i.publishedAt, now) : 0,
        }))
  const waiting = items.filter((i) => i.waiting).length
  return (
    <AdminViewFrame props={props} viewType="incoming" className="inb" css={INCOMING_CSS}>
      <h1>Входящие материалы{typeof data === 'string' ? '' : `: ${data.org.name}`}</h1>
      {orgs.length > 1 && (
        <form method="get" action={base} className="inb-bar">
          <label>
            Организация
            <select name="org" defaultValue={orgId ?? undefined}>
              {orgs.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">Показать</button>
        </form>
      )}
      {done && <p role="status">{done}</p>}
      {error && (
        <p role="alert" className="inb-error">
          {error}
        </p>
      )}
      {typeof data === 'string' ? (
        <p role="alert" className="inb-error">
          {data}
        </p>
      ) : (
        <form
          method="post"
          action={`${req.payload.config.routes.api}/incoming/${String(data.org.id)}`}
        >
          <p>
            {data.org.review
              ? `Организация проверяет входящие материалы. Ждут проверки: ${waiting}.`
              : 'Входящие материалы показываются на сайте сразу; их можно скрыть или закрепить.'}{' '}
            Всего материалов: {items.length}.
          </p>
          <div className="inb-bar">
            <label>
              Закрепить до (необязательно)
              <input type="date" name="until" />
            </label>
            <span>С отмеченными (не больше {INCOMING_BATCH_MAX}):</span>
            <button type="submit" name="action" value="hide">
              Скрыть
            </button>
            <button type="submit" name="action" value="pin">
              Закрепить
            </button>
            {data.org.review && (
              <button type="submit" name="action" value="accept">
                Принять
              </button>
            )}
            <button type="submit" name="action" value="unhide">
              Вернуть скрытые
            </button>
            <button type="submit" name="action" value="unpin">
              Открепить
            </button>
          </div>
          {items.length === 0 ? (
            <p>Входящих материалов нет.</p>
          ) : (
            <IncomingTable items={items} review={data.org.review} />
          )}
        </form>
      )}
    </AdminViewFrame>
  )
}
