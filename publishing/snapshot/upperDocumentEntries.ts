import type { SnapshotInput } from '../../domain/contract/snapshot'
import { SEGMENTS } from '../../domain/contract/siteUrls'
import type { OrgDirectory } from '../../cms/export/orgDirectory'
import { documentUrl } from '../../cms/richText/html/mediaRef'
import type { UpperDocumentSource } from './upperDocuments'

/**
 * The snapshot entries of the documents from above: each file as the origin lists it, with its
 * provenance (the origin's name and its Документы page). A document of an org that left the
 * directory, or without a file, is skipped.
 */
export function upperDocumentEntries(
  directory: OrgDirectory,
  documents: readonly UpperDocumentSource[],
): NonNullable<SnapshotInput['upperDocuments']> {
  return documents.flatMap((d) => {
    const origin = directory.get(d.org)
    if (!d.filename || !origin) return []
    return [
      {
        id: String(d.id),
        title: d.title,
        docType: d.docType,
        year: d.year,
        description: d.description ?? undefined,
        url: documentUrl(d.filename),
        filename: d.filename,
        mimeType: d.mimeType ?? 'application/octet-stream',
        filesize: d.filesize ?? 0,
        origin: {
          orgId: String(origin.id),
          orgName: origin.name,
          orgShortName: origin.shortName,
          kind: origin.kind,
          documentsUrl: `${directory.address(origin.id).url}${SEGMENTS.documents}/`,
        },
      },
    ]
  })
}
