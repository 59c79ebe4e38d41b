import { removeRowsOfOrg } from './removeRowsOfOrg'

/**
 * A deleted org's own rubrics go with it. Left behind, the database would set their org to
 * nothing, which is how a rubric shared by the whole network is stored: the org's private rubric
 * would turn into everyone's. Only the org's own posts could use them, and an org with posts is
 * not deleted (preventDeleteWithDependents runs first).
 */
export const removeOwnRubrics = removeRowsOfOrg('categories', 'organization')
