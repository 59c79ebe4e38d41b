import {
  AuthenticationError,
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
} from 'payload'
import { clientIp } from '../../../auth/clientIp'
import { equalLoginWork } from '../../../auth/equalLoginWork'
import { forgetLoginAttempts, takeLoginAttempt } from '../../../auth/loginLimiter'

const emailOf = (args: unknown): string | null => {
  const email = (args as { data?: { email?: unknown } }).data?.email
  return typeof email === 'string' && email.trim() !== '' ? email.trim().toLowerCase() : null
}

/**
 * Counts every login attempt (REST /api/users/login — which the admin's login form uses —,
 * GraphQL loginUser and the Local API) before the password is checked. Over the limit the answer
 * is exactly the one for an unknown address or a wrong password, so the limit reveals nothing.
 */
export const limitLogins: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
  collection,
}) => {
  if (operation !== 'login') return args
  const email = emailOf(args)
  if (!email) return args
  if (!(await takeLoginAttempt(req.payload, email, clientIp(req.headers)))) {
    throw new AuthenticationError(req.t)
  }
  const password = (args as { data?: { password?: unknown } }).data?.password
  // Without a password Payload refuses alike for every address (a 400 before any lookup).
  if (typeof password !== 'string' || password.trim() === '') return args
  // An unknown address answers after the same password-hashing work as a wrong password, so
  // timing does not reveal which addresses have accounts.
  const known = await req.payload.db.findOne({
    collection: collection.slug,
    where: { email: { equals: email } },
    req,
  })
  if (!known) {
    await equalLoginWork(password)
    throw new AuthenticationError(req.t)
  }
  return args
}

/**
 * A successful login clears the count for its address and IP. Not awaited: the limiter writes
 * outside the login's transaction, and SQLite's single writer would make it wait for that very
 * transaction (15 s, then fail); it runs right after the login commits.
 */
export const forgetLogins: CollectionAfterLoginHook = async ({ req, user }) => {
  const email = typeof user?.email === 'string' ? user.email : null
  if (email) void forgetLoginAttempts(req.payload, email, clientIp(req.headers)).catch(() => {})
  return user
}
