import type { Payload } from 'payload'
import { expandChanges } from '../../../publishing/expand/expandChanges'

/** The hosts the expansion of "this image changed" marks for rebuilding. */
export async function hostsMarkedFor(
  payload: Payload,
  media: number | string,
  owner: number | string,
): Promise<string[]> {
  const change = { kind: 'media' as const, org: owner, media }
  const { marks } = await expandChanges(payload, [{ id: 0, change, reason: 'test' }])
  return marks.map((m) => m.host)
}
