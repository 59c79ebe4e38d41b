/** Whether a document's last saved change shows on its own org's site. */
export type SiteLinkState = 'unpublished' | 'pending' | 'live'

/**
 * A change saved at `savedAt` is live when the host was released after it and nothing is waiting
 * that the release did not take: a host marked pending before that release still waits for a
 * newer one (a build may have read its snapshot before the save), one marked after it waits for
 * a later change only.
 */
export function siteLinkState(
  savedAt: string,
  host: { publishedAt?: string | null; pendingSince?: string | null } | undefined,
): Exclude<SiteLinkState, 'unpublished'> {
  const released = host?.publishedAt ? Date.parse(host.publishedAt) : Number.NaN
  if (!(released >= Date.parse(savedAt))) return 'pending'
  const pending = host?.pendingSince ? Date.parse(host.pendingSince) : Number.NaN
  return pending <= released ? 'pending' : 'live'
}
