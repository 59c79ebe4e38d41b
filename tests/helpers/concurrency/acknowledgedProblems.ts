import type { Payload } from 'payload'
import { expectedDocuments, type AckedWrite, type FailedWrite } from './editLog'

/**
 * What the database contradicts: an acknowledged write that is not there as acknowledged (or a
 * deleted document that is still there), or a failed create or edit whose title was saved.
 */
export async function acknowledgedProblems(
  payload: Payload,
  acks: readonly AckedWrite[],
  failures: readonly FailedWrite[],
): Promise<string[]> {
  const problems: string[] = []
  for (const [key, want] of expectedDocuments(acks)) {
    const found = await payload.find({
      collection: want.collection,
      where: { id: { equals: want.id } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
    })
    const doc = found.docs[0] as { title?: string; _status?: string } | undefined
    if (want.op === 'delete') {
      if (doc) problems.push(`${key}: deleted (acknowledged) but still there as «${doc.title}»`)
    } else if (!doc)
      problems.push(`${key}: ${want.op} «${want.title}» acknowledged, document missing`)
    else if (doc.title !== want.title || doc._status !== want.status)
      problems.push(
        `${key}: ${want.op} acknowledged as «${want.title}» ${want.status}, found «${doc.title}» ${doc._status}`,
      )
  }
  for (const f of failures) {
    if (!f.title) continue
    const left = await payload.find({
      collection: f.collection,
      where: { title: { equals: f.title } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
    })
    if (left.docs.length > 0)
      problems.push(`${f.collection}: failed ${f.op} «${f.title}» (${f.status}) was saved anyway`)
  }
  return problems
}
