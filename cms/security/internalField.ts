import type { Field, FieldAccess } from 'payload'
import { grantsAtLeast, isPlatformAdmin } from '../../domain/access/scope'
import { userOf } from '../access/userOf'

/**
 * Who may read a field that hooks derive (lineages, reach flags, import bookkeeping, queue state):
 * - `staff`: signed-in users holding a grant, and platform admins. For fields that access
 *   filters, admin list filters or editors' own hooks read (a `where` on a field the caller may
 *   not read is refused, and an editor's afterChange hooks see only what the editor may read).
 * - `platform`: platform admins only.
 * Nobody, platform admins included, writes them through the API: hooks and trusted Local API
 * calls (import, jobs, which override access) set them.
 */
export type InternalReaders = 'staff' | 'platform'

const nobody: FieldAccess = () => false

const platformAdmins: FieldAccess = ({ req }) => isPlatformAdmin(userOf(req))

const staff: FieldAccess = ({ req }) => {
  const user = userOf(req)
  return isPlatformAdmin(user) || grantsAtLeast(user, 'editor').length > 0
}

export function internalAccess(readers: InternalReaders) {
  return { read: readers === 'staff' ? staff : platformAdmins, create: nobody, update: nobody }
}

/** The field, hidden from the public and closed to API writes (see InternalReaders). */
export function internalField<F extends Field>(field: F, readers: InternalReaders = 'platform'): F {
  return { ...field, access: internalAccess(readers) }
}
