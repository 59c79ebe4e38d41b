import type { PayloadRequest } from 'payload'
import type { ScopedUser } from '../../domain/access/scope'

/** The signed-in user as the access model sees it (only the users collection signs in). */
export function userOf(req: PayloadRequest): ScopedUser | null {
  return (req.user as unknown as ScopedUser | null) ?? null
}
