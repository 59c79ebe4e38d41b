import type { DefaultValue } from 'payload'
import { grantsAtLeast, refId, type ScopedUser } from '../../domain/access/scope'
import { readOrgChoice } from './readOrgChoice'

/**
 * The owner org of a new document: the org chosen in the switcher (readOrgChoice has already
 * checked the user's editor rights cover it), otherwise the user's first editor grant, as before.
 */
export const chosenOrgDefault: DefaultValue = async ({ req, user }) => {
  const chosen = await readOrgChoice(req.payload, user)
  if (chosen !== null) return chosen
  const first = grantsAtLeast(user as unknown as ScopedUser | null, 'editor')[0]
  return first ? refId(first.organization) : undefined
}
