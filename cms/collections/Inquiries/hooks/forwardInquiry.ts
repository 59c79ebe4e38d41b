import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { forwardTarget } from '../../../../domain/inquiries/forwardTarget'
import { loadOrg } from '../../../services/orgLinks'
import { idOf, idsOf } from '../../../services/refs'

export const FORWARDED = 'inquiryForwardedTo'

/**
 * «Передать выше»: the virtual `forwardUp` box hands the inquiry to the structural parent of the
 * org handling it. The history is appended (from, to, at, by, note), the previous handlers keep
 * read access through `handlers`, and the new handler gets it as «Новое». The afterChange hook
 * notifies the new handler's editors and moves the attachment's rights along.
 */
export const forwardInquiry: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const wanted = data.forwardUp === true
  const note = typeof data.forwardNote === 'string' ? data.forwardNote.trim() : ''
  delete data.forwardUp
  delete data.forwardNote
  if (operation !== 'update' || !wanted) return data
  const fromId = idOf(originalDoc?.organization)
  const from = fromId === null ? undefined : await loadOrg(req, fromId)
  const toId = from ? forwardTarget(from.ancestors) : null
  if (!from || toId === null) {
    throw new APIError(
      'Передать обращение выше некому: у организации нет вышестоящей.',
      400,
      undefined,
      true,
    )
  }
  if (originalDoc?.status === 'closed' || data.status === 'closed') {
    throw new APIError('Закрытое обращение передать нельзя.', 400, undefined, true)
  }
  const at = new Date().toISOString()
  const previous = Array.isArray(originalDoc?.forwards) ? originalDoc.forwards : []
  data.forwards = [
    ...previous.map((f: Record<string, unknown>) => ({
      from: idOf(f.from),
      to: idOf(f.to),
      at: f.at,
      by: idOf(f.by),
      note: f.note,
    })),
    { from: from.id, to: toId, at, by: req.user?.id ?? null, note: note.slice(0, 2000) || null },
  ]
  data.organization = toId
  data.handlers = [...new Set([...idsOf(originalDoc?.handlers), from.id, toId].map(String))].map(
    (id) => (typeof from.id === 'number' ? Number(id) : id),
  )
  data.status = 'new'
  data.assignee = null
  req.context[FORWARDED] = { id: originalDoc?.id, to: toId }
  return data
}
