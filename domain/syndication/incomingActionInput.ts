/** What the inbox's buttons do to the chosen items; `unhide`/`unpin` undo in one click. */
export const INCOMING_ACTIONS = ['hide', 'pin', 'accept', 'unhide', 'unpin'] as const
export type IncomingAction = (typeof INCOMING_ACTIONS)[number]

/** At most this many items in one request: a page of the inbox, never the whole table. */
export const INCOMING_BATCH_MAX = 100

export interface IncomingActionInput {
  action: IncomingAction
  posts: string[]
  /** For pins: the end of the pin (ISO), or null for "until unpinned". */
  until: string | null
}

const ID = /^\d{1,15}$/
const DAY = /^\d{4}-\d{2}-\d{2}$/

/**
 * The inbox's request, from a browser form (repeated `post` fields) or JSON (`posts` array):
 * checked whole before anything changes, with a Russian message for each kind of bad input.
 */
export function parseIncomingAction(
  fields: { action?: unknown; posts?: unknown; until?: unknown },
  now: Date,
): { ok: true; value: IncomingActionInput } | { ok: false; status: number; message: string } {
  const bad = (message: string, status = 400) => ({ ok: false as const, status, message })
  const action = fields.action
  if (typeof action !== 'string' || !(INCOMING_ACTIONS as readonly string[]).includes(action))
    return bad('Неизвестное действие: выберите «скрыть», «закрепить», «принять» или «отменить».')
  const raw = Array.isArray(fields.posts) ? fields.posts : [fields.posts].filter(Boolean)
  if (raw.length === 0) return bad('Отметьте хотя бы один материал.')
  if (raw.length > INCOMING_BATCH_MAX)
    return bad(`За один раз можно обработать не больше ${INCOMING_BATCH_MAX} материалов.`, 413)
  const posts = raw.map((p) => String(p))
  if (!posts.every((p) => ID.test(p))) return bad('Неверный идентификатор материала.')
  let until: string | null = null
  if (action === 'pin' && typeof fields.until === 'string' && fields.until.trim() !== '') {
    const text = fields.until.trim()
    const date = new Date(DAY.test(text) ? `${text}T23:59:59.999Z` : text)
    if (Number.isNaN(date.getTime())) return bad('Неверная дата окончания закрепления.')
    if (date <= now) return bad('Дата окончания закрепления уже прошла.')
    until = date.toISOString()
  }
  return {
    ok: true,
    value: { action: action as IncomingAction, posts: [...new Set(posts)], until },
  }
}
