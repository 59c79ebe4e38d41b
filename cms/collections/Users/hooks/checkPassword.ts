import { ValidationError, type CollectionBeforeOperationHook } from 'payload'
import { passwordProblem } from '../../../auth/passwordPolicy'

const SETS_PASSWORD = new Set(['create', 'update', 'resetPassword'])

/**
 * Enforces the password policy wherever a password is set: create (and the first user), update
 * (REST, GraphQL, Local API, bulk) and reset-password, which skips the field hooks entirely, so
 * the check sits on the operation's arguments rather than on a field.
 */
export const checkPassword: CollectionBeforeOperationHook = ({ args, operation, collection }) => {
  if (!SETS_PASSWORD.has(operation)) return args
  const data = (args as { data?: { password?: unknown } }).data
  const problem = passwordProblem(data?.password)
  if (problem) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'password', message: problem }],
    })
  }
  return args
}
