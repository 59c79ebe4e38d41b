import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { reviewList } from '../../proposals/reviewList'
import { AdminViewFrame } from '../adminView/AdminViewFrame'
import { INCOMING_CSS } from '../incoming/incomingStyles'
import { DecidedTable } from './DecidedTable'
import { ProposalCard } from './ProposalCard'
import { PROPOSALS_CSS } from './proposalsStyles'

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

/**
 * /admin/proposals: the news organizations below propose to the user's org(s), each rendered
 * whole with Accept (reach: own site by default) and Decline (with a reason), and the decided
 * ones below. A view of its own rather than a tab of «Входящие»: those arrive from above and are
 * handled many at a time in a table; these come from below and are judged one by one, reading
 * the text. Plain forms posting to /api/proposals/:id/decide, which redirects back here.
 */
export async function ProposalsView(props: AdminViewServerProps) {
  const { initPageResult, searchParams } = props
  const { req } = initPageResult
  const admin = req.payload.config.routes.admin
  if (!req.user) redirect(`${admin}/login?redirect=${encodeURIComponent(`${admin}/proposals`)}`)
  const [pending, decided] = await Promise.all([
    reviewList(req, 'pending'),
    reviewList(req, 'decided'),
  ])
  const done = first(searchParams?.done)
  const error = first(searchParams?.error)
  const api = req.payload.config.routes.api
  return (
    <AdminViewFrame
      props={props}
      viewType="proposals"
      className="inb"
      css={INCOMING_CSS + PROPOSALS_CSS}
    >
      <h1>Предложенные вам материалы</h1>
      <p>
        Новости нижестоящих организаций, которые они предлагают разместить на вашем сайте. Принятый
        материал по умолчанию появляется только на вашем сайте.
      </p>
      {done && <p role="status">{done}</p>}
      {error && (
        <p role="alert" className="inb-error">
          {error}
        </p>
      )}
      <h2>Ждут решения: {pending.length}</h2>
      {pending.length === 0 ? (
        <p>Новых предложений нет.</p>
      ) : (
        pending.map((item) => (
          <ProposalCard key={item.id} item={item} action={`${api}/proposals/${item.id}/decide`} />
        ))
      )}
      <h2>Решённые</h2>
      {decided.length === 0 ? (
        <p>Решённых предложений пока нет.</p>
      ) : (
        <DecidedTable items={decided} />
      )}
    </AdminViewFrame>
  )
}
