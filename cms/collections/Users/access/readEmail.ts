import type { FieldAccess } from 'payload'
import { isPlatformAdmin } from '../../../../domain/access/scope'
import { sameId } from '../../../../domain/org/orgGraph'
import { userOf } from '../../../access/userOf'
import { mayManageTarget } from '../hooks/mayManageTarget'

/**
 * An e-mail is the login: it is shown to its owner and to those who may manage the account,
 * never to an admin who merely shares one organization with the user. Without a document
 * (a `where` or `sort` on email) only platform admins may use it, so nobody probes addresses
 * through queries.
 */
export const readEmail: FieldAccess = async ({ req, doc }) => {
  const actor = userOf(req)
  if (!actor) return false
  if (isPlatformAdmin(actor)) return true
  if (!doc?.id) return false
  if (sameId(actor.id, doc.id)) return true
  return mayManageTarget(req, doc as { id: string | number })
}
