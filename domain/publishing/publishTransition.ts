/** What a row of a versioned collection shows: its own `_status`; rows without one are live. */
export interface PublishState {
  _status?: string | null
}

export const isLive = (row: PublishState | null | undefined): boolean =>
  row !== null && row !== undefined && row._status !== 'draft'

/**
 * The published states a save moved between — the sites showed `before` and must now show
 * `after` — or none when what readers see did not change: neither state was live, or the
 * published row is untouched (a draft saved over a published document leaves the main row,
 * which the sites are built from, exactly as it was).
 *
 * Both states must be the PUBLISHED rows, never the latest draft: for a document with a newer
 * draft, Payload's `previousDoc` is that draft, and an unpublish then looked like draft → draft.
 */
export function publishTransition<T extends PublishState>(
  before: T | null | undefined,
  after: T | null | undefined,
): T[] {
  const live = [before, after].filter(isLive) as T[]
  if (live.length === 2 && JSON.stringify(before) === JSON.stringify(after)) return []
  return live
}
