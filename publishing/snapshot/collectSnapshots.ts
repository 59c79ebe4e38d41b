import { createLocalReq, type Payload } from 'payload'
import type { SnapshotInput } from '../../domain/contract/snapshot'
import type { OrgId } from '../../domain/org/orgGraph'
import { assembleSnapshot } from './buildSnapshot'
import { docLinks } from './docLinks'
import { lexicalHtml } from '../../cms/richText/html/lexicalHtml'
import type { OrgDirectory } from '../../cms/export/orgDirectory'
import { loadSnapshotSources, type SnapshotSources } from './snapshotSources'
import { loadUpperDocuments } from './upperDocuments'
import { loadEventSources } from './eventSources'

/**
 * Fresh snapshots of `orgs`, by org id, from one read of their sources; an org whose snapshot
 * cannot be assembled gets its error (the others are unaffected). `adjust` may change the
 * sources before they are assembled: the draft preview puts its draft in (publishing/preview).
 */
export async function collectSnapshots(
  payload: Payload,
  directory: OrgDirectory,
  orgs: readonly OrgId[],
  adjust?: (sources: SnapshotSources) => void,
): Promise<{ snapshots: Map<string, SnapshotInput | Error>; seconds: SnapshotSources['seconds'] }> {
  const req = await createLocalReq({}, payload)
  const sources = await loadSnapshotSources(req, orgs)
  sources.upperDocuments = await loadUpperDocuments(req, directory, orgs)
  const eventsOf = await loadEventSources(req, directory, orgs)
  adjust?.(sources)
  // Converted once per batch: a federation post's body is the same on every site it reaches.
  const converted = new Map<string, string>()
  const links = docLinks(directory, sources)
  const html = (id: string, body: unknown) => {
    let out = converted.get(id)
    if (out === undefined) converted.set(id, (out = lexicalHtml(body, links)))
    return out
  }
  const out = new Map<string, SnapshotInput | Error>()
  for (const org of orgs) {
    try {
      out.set(String(org), {
        ...assembleSnapshot(directory, org, sources, html),
        events: eventsOf(org, html),
      })
    } catch (error) {
      out.set(String(org), error instanceof Error ? error : new Error(String(error)))
    }
  }
  return { snapshots: out, seconds: sources.seconds }
}
