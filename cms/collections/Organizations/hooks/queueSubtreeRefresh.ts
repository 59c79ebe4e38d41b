import type { CollectionAfterChangeHook } from 'payload'
import { sameId } from '../../../../domain/org/orgGraph'
import { idOf } from '../../../services/refs'
import { SKIP_STRUCTURE_CHECK } from './checkStructure'

/**
 * A move or a new network domain changes the derived fields of every org and document below.
 * That fan-out can touch thousands of rows, so it runs as a job, not inside the request.
 */
export const queueSubtreeRefresh: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || req.context[SKIP_STRUCTURE_CHECK]) return doc
  const moved = !sameId(idOf(doc.parent), idOf(previousDoc?.parent))
  const networkChanged =
    (doc.hosting?.networkDomain ?? null) !== (previousDoc?.hosting?.networkDomain ?? null)
  if (moved || networkChanged) {
    await req.payload.jobs.queue({
      task: 'refreshOrgSubtree',
      input: { orgId: String(doc.id) },
      req,
    })
  }
  return doc
}
