import { importFields } from '../../fields/importFields'
import type { CollectionConfig, TextField } from 'payload'
import { anyone } from '../../access/anyone'
import { platformAdminOnly } from '../../access/platformAdminOnly'
import { slugField } from '../../fields/slugField'
import { trackSharedChange, trackSharedDelete } from '../../publishing/hooks/trackLocal'

/** Rubrics are shared by the whole network, so that feeds and filters mean the same everywhere. */
export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: { singular: { ru: 'Рубрика' }, plural: { ru: 'Рубрики' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug'], group: { ru: 'Материалы' } },
  access: {
    read: anyone,
    create: platformAdminOnly,
    update: platformAdminOnly,
    delete: platformAdminOnly,
  },
  hooks: { afterChange: [trackSharedChange], afterDelete: [trackSharedDelete] },
  fields: [
    { name: 'title', type: 'text', required: true, label: { ru: 'Название' } },
    { ...(slugField({ from: 'title', maxLength: 63 }) as TextField), unique: true },
    { name: 'description', type: 'textarea', label: { ru: 'Описание' } },
    ...importFields(),
  ],
}
