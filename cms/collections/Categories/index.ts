import { importFields } from '../../fields/importFields'
import type { CollectionConfig } from 'payload'
import { anyone } from '../../access/anyone'
import { slugField } from '../../fields/slugField'
import { internalField } from '../../security/internalField'
import { orgChoicesFor } from '../../fields/ownerFields'
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
    {
      name: 'organization',
      type: 'relationship',
      relationTo: 'organizations',
      index: true,
      label: { ru: 'Организация' },
      filterOptions: ({ user }) => orgChoicesFor(user as never),
      admin: {
        position: 'sidebar',
        description: {
          ru: 'Рубрика этой организации: видна только на её сайте. Пусто — общая рубрика сети (создаёт администратор платформы).',
        },
      },
    },
    // Subtree admin grants match rubrics by it (see rubricsInAdminScope); nobody writes it.
    internalField(
      {
        name: 'orgLineage',
        type: 'relationship',
        relationTo: 'organizations',
        hasMany: true,
        label: { ru: 'Цепочка организаций' },
        admin: { hidden: true, readOnly: true },
      },
      'staff',
    ),
    ...importFields(),
  ],
}
