import type { Reach } from '../../../domain/syndication/types'
import type { SiteChange } from '../../../domain/publishing/siteChange'
import type { StoredChange } from '../../../domain/publishing/queueTypes'

/** A change as stored in publish-changes (ids as text, reaches as JSON). */
export interface ChangeRow {
  kind: SiteChange['kind']
  org?: string | null
  post?: string | null
  media?: string | null
  reaches?: Reach[] | null
  formerUpstream?: string[] | null
  reason?: string | null
}

export function encodeChange(change: SiteChange, reason: string): ChangeRow {
  switch (change.kind) {
    case 'everything':
      return { kind: 'everything', reason }
    case 'local':
      return { kind: 'local', org: String(change.org), reason }
    case 'media':
      return { kind: 'media', org: String(change.org), media: String(change.media), reason }
    case 'post':
      return {
        kind: 'post',
        org: String(change.org),
        post: change.post === undefined ? null : String(change.post),
        reaches: change.reaches,
        reason,
      }
    case 'identity':
      return {
        kind: 'identity',
        org: String(change.org),
        formerUpstream: change.formerUpstream.map(String),
        reason,
      }
  }
}

const parseJson = <T>(value: unknown, fallback: T): T => {
  if (typeof value === 'string') {
    try {
      return JSON.parse(value) as T
    } catch {
      return fallback
    }
  }
  return (value as T | null | undefined) ?? fallback
}

/** Reads a row back (SQL adapters may return JSON columns as text). */
export function decodeChange(row: Record<string, unknown>): StoredChange {
  const org = String(row.org ?? '')
  const reason = String(row.reason ?? '')
  const id = row.id as StoredChange['id']
  switch (row.kind) {
    case 'local':
      return { id, reason, change: { kind: 'local', org } }
    case 'media':
      return { id, reason, change: { kind: 'media', org, media: String(row.media ?? '') } }
    case 'post':
      return {
        id,
        reason,
        change: {
          kind: 'post',
          org,
          post: row.post ? String(row.post) : undefined,
          reaches: parseJson<Reach[]>(row.reaches, []),
        },
      }
    case 'identity':
      return {
        id,
        reason,
        change: {
          kind: 'identity',
          org,
          formerUpstream: parseJson<string[]>(row.formerUpstream ?? row.former_upstream, []),
        },
      }
    default:
      return { id, reason, change: { kind: 'everything' } }
  }
}
