import { Forbidden, NotFound, ValidationError, type Endpoint, type PayloadRequest } from 'payload'
import { parseIncomingAction } from '../../domain/syndication/incomingActionInput'
import { readSmallBody } from '../requests/readSmallBody'
import { refuse } from '../subscriptions/requestedOrg'
import { applyIncomingAction } from './applyIncomingAction'
import { incomingItems } from './incomingItems'

const ID = /^\d{1,15}$/

type Fields = { action?: unknown; posts?: unknown; until?: unknown }

/** JSON `{action, posts, until}` from scripts, or the inbox's form (repeated `post` fields). */
async function readFields(req: PayloadRequest): Promise<Fields | 'too-large' | 'unreadable'> {
  const body = await readSmallBody(req)
  if (typeof body === 'string') return body
  if (body.kind === 'json') return body.value
  const { form } = body
  const strings = (name: string) => form.getAll(name).filter((v) => typeof v === 'string')
  // A row's own button sends `one=<action>:<post>`: that item only, whatever else is ticked.
  const one = /^([a-z]+):(\d{1,15})$/.exec(String(form.get('one') ?? ''))
  if (one) return { action: one[1], posts: [one[2]], until: form.get('until') }
  return { action: form.get('action'), posts: strings('post'), until: form.get('until') }
}

/**
 * POST /api/incoming/:orgId — the review inbox's buttons: hide, pin (until a date), accept,
 * unhide or unpin chosen incoming items of an org, at most INCOMING_BATCH_MAX at once, all or
 * nothing. Signed in only: the session cookie counts only from the admin's own origin (the
 * project's CSRF rule, docs/SECURITY.md), so a forged cross-site form arrives anonymous (401).
 * A browser form is answered by a redirect back to the inbox with the outcome; JSON by JSON.
 */
export const incomingEndpoint: Endpoint = {
  path: '/incoming/:orgId',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return refuse(401, 'Войдите в систему.')
    const orgId = String(req.routeParams?.orgId ?? '')
    if (!ID.test(orgId)) return refuse(400, 'Неверный идентификатор организации.')
    const form = !/^application\/json/i.test(req.headers.get('content-type') ?? '')
    const answer = (status: number, message: string, changed = 0) => {
      if (!form)
        return status < 400
          ? Response.json({ changed, message }, { status })
          : refuse(status, message)
      const back = new URLSearchParams({ org: orgId, [status < 400 ? 'done' : 'error']: message })
      return new Response(null, {
        status: 303,
        headers: { Location: `${req.payload.config.routes.admin}/incoming?${back}` },
      })
    }
    const fields = await readFields(req)
    if (fields === 'too-large') return refuse(413, 'Слишком большой запрос.')
    if (fields === 'unreadable') return refuse(400, 'Не удалось прочитать запрос.')
    const now = new Date()
    const parsed = parseIncomingAction(fields, now)
    if (!parsed.ok) return answer(parsed.status, parsed.message)
    try {
      const list = await incomingItems(req, orgId, now)
      const result = await applyIncomingAction(req, list, parsed.value)
      if (!result.ok) return answer(result.status, result.message)
      return answer(200, `Готово: изменено материалов — ${result.changed}.`, result.changed)
    } catch (error) {
      if (error instanceof Forbidden)
        return refuse(403, 'Входящие этой организации вам недоступны.')
      if (error instanceof NotFound) return refuse(404, 'Организация не найдена.')
      if (error instanceof ValidationError)
        return answer(400, error.data?.errors?.[0]?.message ?? 'Действие отклонено.')
      throw error
    }
  },
}
