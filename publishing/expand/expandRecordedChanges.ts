import type { Payload } from 'payload'
import type { OrgDirectory } from '../../cms/export/orgDirectory'
import type { SiteBuildQueue, StoredChange } from '../../domain/publishing/queueTypes'
import { expandChanges } from './expandChanges'
import { recordEndedEventsEvery } from './recordEndedEvents'

/** How many recorded changes are taken (and expanded) in one transaction. */
const TAKE = 500

/** Changes to the orgs themselves (moves, renames, deletions) need the orgs read afresh. */
const changesOrgs = (changes: readonly StoredChange[]) =>
  changes.some((c) => c.change.kind === 'identity' || c.change.kind === 'everything')

/**
 * The expand stage: turns every change the editors recorded into host marks, returns how many
 * changes it took. Each take is ONE transaction of the queue (`takeChanges` runs the expansion
 * inside it): the changes are deleted and their hosts marked together, so a change is expanded
 * exactly once, or stays recorded for the next round.
 */
export async function expandRecordedChanges(
  payload: Payload,
  queue: SiteBuildQueue,
  orgs: { load: () => Promise<OrgDirectory>; reload: () => Promise<OrgDirectory> },
): Promise<number> {
  // Events that ended since the last check are recorded as changes first, expanded below.
  await recordEndedEventsEvery(payload)
  let total = 0
  for (;;) {
    const taken = await queue.takeChanges(TAKE, (changes) =>
      expandChanges(payload, changes, changesOrgs(changes) ? orgs.reload : orgs.load),
    )
    total += taken
    if (taken === 0) return total
  }
}
