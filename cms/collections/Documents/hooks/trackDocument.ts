import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { idOf } from '../../../services/refs'
import { publishTransition } from '../../../../domain/publishing/publishTransition'
import { documentChanges, type DocumentState } from '../../../../domain/publishing/documentChanges'
import { storedReach } from '../../../../domain/publishing/siteChange'
import { recordChange } from '../../../publishing/recordChange'
import { savedStates } from '../../../publishing/hooks/savedStates'

type DocumentRow = {
  _status?: string | null
  organization?: unknown
  reachDepth?: number | null
  receivers?: Record<string, boolean | null> | null
}

const toStates = (rows: DocumentRow[]): DocumentState[] =>
  rows.flatMap((row) => {
    const org = idOf(row.organization as never)
    return org === null ? [] : [{ org, reach: storedReach(row) }]
  })

/**
 * A document shows on its owner's Документы page and, with a reach, on the pages of every org it
 * reaches («Документы вышестоящих организаций»): both reaches, before and after, are recorded.
 */
export const trackDocumentChange: CollectionAfterChangeHook = async (args) => {
  const { doc, req } = args
  const { before, after } = await savedStates(args)
  const states = publishTransition(before as DocumentRow | null, after as DocumentRow | null)
  for (const change of documentChanges(toStates(states)))
    await recordChange(req, change, `Документ: ${String(doc.title ?? doc.id)}`)
  return doc
}

export const trackDocumentDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  for (const change of documentChanges(toStates([doc as DocumentRow])))
    await recordChange(req, change, `Удалено (документ): ${String(doc.title ?? doc.id)}`)
  return doc
}
