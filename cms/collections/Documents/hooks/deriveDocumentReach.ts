import type { CollectionBeforeChangeHook } from 'payload'
import { deriveReach } from '../../../hooks/deriveReach'

/**
 * A document stays on its owner's site unless its editor gives it a reach: a document saved
 * without reach settings (an import, a row from before reaches, an API write) gets `own`, never the
 * posts' default of the whole subtree.
 */
export const deriveDocumentReach: CollectionBeforeChangeHook = (args) => {
  const { data, originalDoc } = args
  if (!data.reach?.scope && !originalDoc?.reach?.scope)
    data.reach = { ...(data.reach ?? {}), scope: 'own' }
  return deriveReach(args)
}
