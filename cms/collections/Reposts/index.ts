import type { CollectionConfig } from 'payload'
import { postField } from '../../fields/postField'
import { canCreateContent } from '../../access/canCreateContent'
import { contentInScope } from '../../access/contentInScope'
import { contentListFilter } from '../../orgChoice/orgChoiceFilters'
import { importFields } from '../../fields/importFields'
import { ownerFields } from '../../fields/ownerFields'
import { reachFields } from '../../fields/reachFields'
import { checkPostLink } from '../../hooks/checkPostLink'
import { deriveReach } from '../../hooks/deriveReach'
import { checkNamedOrgs } from '../../hooks/checkNamedOrgs'
import { setOwnerLineage } from '../../hooks/setOwnerLineage'
import { trackPostChange, trackPostDelete } from '../../publishing/hooks/trackPost'

/**
 * An upper org passing on a post of a lower one with its own reach (a ППО story accepted by
 * its union reaches all the union's orgs). The post itself stays with its origin.
 */
export const Reposts: CollectionConfig = {
  slug: 'reposts',
  labels: { singular: { ru: 'Перепубликация' }, plural: { ru: 'Перепубликации' } },
  admin: {
    // The editor's own orgs, narrowed to the org chosen in the switcher (issue 19).
    baseFilter: contentListFilter,
    defaultColumns: ['post', 'organization', 'createdAt'],
    group: { ru: 'Распространение' },
  },
  access: {
    read: contentInScope,
    create: canCreateContent,
    update: contentInScope,
    delete: contentInScope,
  },
  indexes: [{ fields: ['organization', 'post'], unique: true }],
  hooks: {
    beforeChange: [setOwnerLineage, checkPostLink('repost'), deriveReach, checkNamedOrgs],
    afterChange: [trackPostChange],
    afterDelete: [trackPostDelete],
  },
  fields: [postField(), ...reachFields('subtree'), ...ownerFields(), ...importFields()],
}
