import { removeRowsOfOrg } from './removeRowsOfOrg'

/**
 * A deleted org's monitoring history goes with it, in the delete's transaction: a snapshot row
 * must name its org (the roll-ups count it under its subtree), and a row naming none would fail
 * the delete on the database's NOT NULL.
 */
export const removeSnapshots = removeRowsOfOrg('monitoring-snapshots', 'org')
