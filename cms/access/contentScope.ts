import type { ScopeFields } from '../../domain/access/scope'

/** Every content collection stores its owner org and that org's lineage under these names. */
export const CONTENT_SCOPE: ScopeFields = { org: 'organization', lineage: 'orgLineage' }

/** Versions keep the document under `version`. */
export const VERSION_SCOPE: ScopeFields = {
  org: 'version.organization',
  lineage: 'version.orgLineage',
}
