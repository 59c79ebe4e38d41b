import type { OrgId } from '../org/orgGraph'

/**
 * Whether a document of `docOrg` may carry a rubric owned by `rubricOrg`: the network's shared
 * rubrics (no owner) fit everyone, an organization's own rubrics fit only its own documents.
 */
export function rubricAssignable(rubricOrg: OrgId | null, docOrg: OrgId | null): boolean {
  return rubricOrg === null || (docOrg !== null && String(rubricOrg) === String(docOrg))
}

/**
 * Whether a site shows a rubric (its list page, its feeds, the item's label): the shared ones
 * everywhere, an organization's own ones only on that organization's site.
 */
export function rubricShownOn(rubricOrg: OrgId | null, siteOrg: OrgId): boolean {
  return rubricOrg === null || String(rubricOrg) === String(siteOrg)
}
