/**
 * Whether a save may overwrite the document, judged by the version the editor started from.
 *
 * The version is the document's `updatedAt` as the editor read it (the admin's edit form holds
 * it and sends it back with every save; API clients send it in the body). A save that carries
 * no version keeps last-write-wins: imports, jobs and scripts write without having read a
 * version, and the admin always sends one.
 * - `unversioned`: no version sent, or the document has none: nothing to compare.
 * - `current`: the editor saw the document as it is now.
 * - `stale`: the document was saved by someone (or some tab) after the editor read it.
 * - `invalid`: the version is not a date: the caller's mistake.
 */
export type SaveVerdict = 'unversioned' | 'current' | 'stale' | 'invalid'

function instantOf(value: unknown): number | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.getTime()
  if (typeof value !== 'string') return null
  const time = Date.parse(value)
  return Number.isNaN(time) ? null : time
}

export function judgeSave(sentVersion: unknown, currentVersion: unknown): SaveVerdict {
  if (sentVersion === undefined || sentVersion === null || sentVersion === '') return 'unversioned'
  const sent = instantOf(sentVersion)
  if (sent === null) return 'invalid'
  const current = instantOf(currentVersion)
  if (current === null) return 'unversioned'
  // Any difference counts, a later one too: a version the server never wrote was not read.
  return sent === current ? 'current' : 'stale'
}
