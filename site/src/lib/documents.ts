import {
  DOCUMENT_TYPES,
  DOCUMENT_TYPE_LABELS,
  type DocumentType,
} from '../../../domain/contentTypes'
import type { DocumentFile, UpperDocumentFile } from '../../../domain/contract/snapshot'

export interface DocumentGroup {
  type: DocumentType
  label: string
  years: { year: number; documents: DocumentFile[] }[]
}

/** Documents by type (in the CMS's order: устав first), then by year, newest year first. */
export function groupDocuments(documents: readonly DocumentFile[]): DocumentGroup[] {
  const groups: DocumentGroup[] = []
  for (const type of DOCUMENT_TYPES) {
    const ofType = documents.filter((d) => d.docType === type)
    if (ofType.length === 0) continue
    const years = [...new Set(ofType.map((d) => d.year))].sort((a, b) => b - a)
    groups.push({
      type,
      label: DOCUMENT_TYPE_LABELS[type],
      years: years.map((year) => ({
        year,
        documents: ofType
          .filter((d) => d.year === year)
          .sort((a, b) => a.title.localeCompare(b.title, 'ru')),
      })),
    })
  }
  return groups
}

export interface UpperDocumentGroup {
  origin: UpperDocumentFile['origin']
  documents: UpperDocumentFile[]
}

/**
 * Documents from above by origin org, in the snapshot's order (the farthest origin first: the
 * federation's charter before the union's branch agreement), each origin's own order kept.
 */
export function groupUpperDocuments(documents: readonly UpperDocumentFile[]): UpperDocumentGroup[] {
  const groups = new Map<string, UpperDocumentGroup>()
  for (const doc of documents) {
    const group = groups.get(doc.origin.orgId) ?? { origin: doc.origin, documents: [] }
    group.documents.push(doc)
    groups.set(doc.origin.orgId, group)
  }
  return [...groups.values()]
}
