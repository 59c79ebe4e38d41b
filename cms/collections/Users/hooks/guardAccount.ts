import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { mayManageTarget } from './mayManageTarget'

/** Fields that make up the account itself: whoever changes them can take the account over. */
const ACCOUNT_FIELDS = ['email', 'name', 'role'] as const

const same = (a: unknown, b: unknown) =>
  typeof a === 'string' && typeof b === 'string'
    ? a.trim().toLowerCase() === b.trim().toLowerCase()
    : (a ?? null) === (b ?? null)

/**
 * Refuses a change to another user's e-mail, password, name or role unless the signed-in user
 * may manage that account (scope.mayManageUser). The update access lets org admins reach every
 * user holding a grant in their scope, because they may still change the grants of their own
 * organizations (checkGrants); the account itself needs every grant in scope. Runs for REST,
 * GraphQL and the Local API alike; the server's own calls (no user) are trusted.
 */
export const guardAccount: CollectionBeforeChangeHook = async ({
  data,
  req,
  operation,
  originalDoc,
}) => {
  if (operation !== 'update' || !req.user || !originalDoc) return data
  const touched =
    (typeof data.password === 'string' && data.password !== '') ||
    ACCOUNT_FIELDS.some((field) => field in data && !same(data[field], originalDoc[field]))
  if (!touched) return data
  if (await mayManageTarget(req, originalDoc)) return data
  throw new APIError(
    'Изменять адрес, пароль, имя и роль этого пользователя может только он сам, администратор платформы или администратор, в зоне которого все права пользователя.',
    403,
    null,
    true,
  )
}
