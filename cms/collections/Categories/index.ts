import { importFields } from '../../fields/importFields'
import { rubricListFilter } from '../../orgChoice/orgChoiceFilters'
import type { CollectionConfig } from 'payload'
import { anyone } from '../../access/anyone'
import { slugField } from '../../fields/slugField'
import { ownerFields } from '../../fields/ownerFields'
import { trackSharedChange, trackSharedDelete } from '../../publishing/hooks/trackLocal'
import { canCreateRubric } from './access/canCreateRubric'
import { rubricsInAdminScope } from './access/rubricsInAdminScope'
import { checkRubricSlug } from './hooks/checkRubricSlug'
import { setRubricOwner } from './hooks/setRubricOwner'

/**
 * Rubrics: the network's shared ones (no organization; the platform admin's), so that feeds and
 * filters mean the same everywhere, and an organization's own ones, which its admins keep and
 * which only its own documents and its own site use.
 */
export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: { singular: { ru: 'Рубрика' }, plural: { ru: 'Рубрики' } },
  admin: {
    // Follows the org chosen in the switcher (issue 19).
    baseFilter: rubricListFilter,
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'organization'],
    group: { ru: 'Материалы' },
  },
  access: {
    read: anyone,
    create: canCreateRubric,
    update: rubricsInAdminScope,
    delete: rubricsInAdminScope,
  },
  // Slugs are unique per org, not network-wide: two orgs may each have «novosti-ppo» (their sites
  // differ). The index guards an org's own rubrics; checkRubricSlug the shared ones (organization
  // empty: SQL's NULLs are distinct) and a shared slug against any org's.
  indexes: [{ fields: ['organization', 'slug'], unique: true }],
  hooks: {
    beforeValidate: [checkRubricSlug],
    beforeChange: [setRubricOwner],
    afterChange: [trackSharedChange],
    afterDelete: [trackSharedDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: { ru: 'Название' } },
    slugField({ from: 'title', maxLength: 63 }),
    { name: 'description', type: 'textarea', label: { ru: 'Описание' } },
    // Subtree admin grants match rubrics by orgLineage (see rubricsInAdminScope).
    ...ownerFields({
      optional: true,
      description:
        'Рубрика этой организации: видна только на её сайте. Пусто — общая рубрика сети (создаёт администратор платформы).',
    }),
    ...importFields(),
  ],
}
