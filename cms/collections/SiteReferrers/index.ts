import type { CollectionConfig } from 'payload'
import { nobody } from '../SiteVisits/access/nobody'
import { readVisits } from '../SiteVisits/access/readVisits'
import { counted, orgAndDay } from '../SiteVisits'

const readOnly = { readOnly: true } as const

/** The other sites visitors came from, per org and day: domains only, never a URL. */
export const SiteReferrers: CollectionConfig = {
  slug: 'site-referrers',
  labels: { singular: { ru: 'Источник переходов' }, plural: { ru: 'Источники переходов' } },
  admin: { ...counted, useAsTitle: 'domain', defaultColumns: ['org', 'day', 'domain', 'visits'] },
  defaultSort: '-day',
  lockDocuments: false,
  access: { read: readVisits, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['org', 'day', 'domain'], unique: true }],
  fields: [
    ...orgAndDay,
    { name: 'domain', type: 'text', required: true, label: { ru: 'Сайт' }, admin: readOnly },
    {
      name: 'visits',
      type: 'number',
      required: true,
      defaultValue: 0,
      label: { ru: 'Переходы' },
      admin: readOnly,
    },
  ],
}
