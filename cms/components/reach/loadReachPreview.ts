import type { ReachGroup } from '../../../domain/syndication/reachGroups'

/** The answer of GET /api/posts/reach-preview (cms/collections/Posts/endpoints/reachPreview.ts). */
export interface ReachPreviewAnswer {
  total: number
  /** A mandatory item reaching more sites than this is published after a confirmation. */
  confirmAbove: number
  byKind: Record<string, number>
  heldForReview: number
  sample: { id: number | string; name: string; kind: string }[]
  /** The receivers by parent organization, the largest groups first. */
  groups: ReachGroup[]
}

/** What the form asks about: the organization and its reach settings as the fields hold them. */
export interface ReachQuery {
  org: string
  scope: string
  maxDepth?: unknown
  kinds?: unknown
}

// The preview, «Обязателен», the reach group and the publish button ask the same question of
// one form; an answer is shared for a minute (the structure rarely changes under an open form).
const TTL_MS = 60_000
const answers = new Map<string, { at: number; answer: Promise<ReachPreviewAnswer | null> }>()

export function reachQueryString(query: ReachQuery): string {
  const params = new URLSearchParams({ org: query.org, scope: query.scope })
  if (query.maxDepth) params.set('maxDepth', String(query.maxDepth))
  if (Array.isArray(query.kinds) && query.kinds.length > 0)
    params.set('kinds', query.kinds.join(','))
  return params.toString()
}

/** The receivers of a reach, read with the editor's session; null when the server refused. */
export function loadReachPreview(query: ReachQuery): Promise<ReachPreviewAnswer | null> {
  const key = reachQueryString(query)
  const cached = answers.get(key)
  if (cached && Date.now() - cached.at < TTL_MS) return cached.answer
  const answer = fetch(`/api/posts/reach-preview?${key}`, { credentials: 'include' })
    .then((r) => (r.ok ? (r.json() as Promise<ReachPreviewAnswer>) : null))
    .catch(() => null)
  answers.set(key, { at: Date.now(), answer })
  return answer
}
