import { REACH_SCOPES, type ReachScope } from './reach'

/** A note or a reason is a few sentences; a longer one is a mistake or an attack. */
export const PROPOSAL_TEXT_MAX = 2000

export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string }

const ID = /^\d{1,15}$/
const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '')

/** «Предложить выше»: to which org above, with an optional note. */
export function parseProposeInput(fields: {
  organization?: unknown
  note?: unknown
}): ParseResult<{ organization: string; note: string }> {
  const raw = fields.organization
  const organization = typeof raw === 'number' || typeof raw === 'string' ? String(raw) : ''
  if (!ID.test(organization)) return { ok: false, message: 'Выберите, кому предложить материал.' }
  if (fields.note !== undefined && fields.note !== null && typeof fields.note !== 'string')
    return { ok: false, message: 'Комментарий должен быть текстом.' }
  const note = text(fields.note)
  if (note.length > PROPOSAL_TEXT_MAX)
    return { ok: false, message: `Комментарий длиннее ${PROPOSAL_TEXT_MAX} знаков.` }
  return { ok: true, value: { organization, note } }
}

export interface ProposalDecision {
  status: 'accepted' | 'declined'
  /** Declining: why, for the proposer. */
  reason: string
  /** Accepting: how far the repost goes; the receiver's own site unless chosen otherwise. */
  scope: ReachScope
}

/**
 * The reviewer's buttons: accept with a reach (by default only the receiver's own site — a
 * ППО's story accepted by its Терком must not land on every sibling's site unasked) or decline
 * with a reason.
 */
export function parseProposalDecision(fields: {
  decision?: unknown
  reason?: unknown
  scope?: unknown
}): ParseResult<ProposalDecision> {
  const decision = fields.decision
  if (decision !== 'accept' && decision !== 'decline')
    return { ok: false, message: 'Неизвестное решение: выберите «принять» или «отклонить».' }
  if (fields.reason !== undefined && fields.reason !== null && typeof fields.reason !== 'string')
    return { ok: false, message: 'Причина отказа должна быть текстом.' }
  const reason = text(fields.reason)
  if (reason.length > PROPOSAL_TEXT_MAX)
    return { ok: false, message: `Причина отказа длиннее ${PROPOSAL_TEXT_MAX} знаков.` }
  if (decision === 'decline') {
    if (!reason)
      return {
        ok: false,
        message: 'Укажите причину отказа — её увидит предложившая организация.',
      }
    return { ok: true, value: { status: 'declined', reason, scope: 'own' } }
  }
  const scope = fields.scope === undefined || fields.scope === '' ? 'own' : fields.scope
  if (typeof scope !== 'string' || !(REACH_SCOPES as readonly string[]).includes(scope))
    return { ok: false, message: 'Неизвестный охват: выберите, куда разместить материал.' }
  return { ok: true, value: { status: 'accepted', reason: '', scope: scope as ReachScope } }
}
