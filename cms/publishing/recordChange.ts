import type { PayloadRequest } from 'payload'
import { SKIP_STRUCTURE_CHECK } from '../collections/Organizations/hooks/checkStructure'
import { encodeChange } from './queue/changeRows'
import type { SiteChange } from '../../domain/publishing/siteChange'

/** Set in a request's context to save without publishing (bulk repairs that publish at the end). */
export const SKIP_PUBLISHING = 'skipPublishing'

/**
 * Appends a change for the publishing workers, inside the editor's own transaction: if the save
 * fails, no change is recorded; if it succeeds, the change cannot be lost.
 */
export async function recordChange(
  req: PayloadRequest,
  change: SiteChange,
  reason: string,
  { duringRepair = false } = {},
) {
  // The subtree refresh after a move re-saves owned content; it records the move once itself.
  const repairing = Boolean(req.context?.[SKIP_STRUCTURE_CHECK])
  if (req.context?.[SKIP_PUBLISHING] || (repairing && !duringRepair)) return
  await req.payload.create({
    collection: 'publish-changes',
    data: encodeChange(change, reason.slice(0, 300)),
    depth: 0,
    overrideAccess: true,
    req,
  })
}
