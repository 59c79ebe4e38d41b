import type { CollectionConfig, Field } from 'payload'
import { nobody } from './access/nobody'
import { readVisits } from './access/readVisits'

const readOnly = { readOnly: true } as const

/** The owner org and the Moscow day: the first two columns of both collections' unique key. */
export const orgAndDay: Field[] = [
  {
    name: 'org',
    type: 'relationship',
    relationTo: 'organizations',
    required: true,
    index: true,
    label: { ru: 'Организация' },
    admin: readOnly,
  },
  {
    name: 'day',
    type: 'text',
    required: true,
    index: true,
    label: { ru: 'День (МСК)' },
    admin: { ...readOnly, description: { ru: 'ГГГГ-ММ-ДД по московскому времени.' } },
  },
]

export const counted = { group: { ru: 'Посещаемость' }, hidden: true } as const

/**
 * Page views and visits of an org's site per page and Moscow day (issue 18), counted from the
 * sites' access log by the aggregateVisits job (cms/visits/aggregateVisitLog.ts). No person is
 * kept: the log has no addresses, and these rows hold only counts per page.
 */
export const SiteVisits: CollectionConfig = {
  slug: 'site-visits',
  labels: { singular: { ru: 'Посещения страницы' }, plural: { ru: 'Посещения страниц' } },
  admin: { ...counted, useAsTitle: 'path', defaultColumns: ['org', 'day', 'path', 'views'] },
  defaultSort: '-day',
  lockDocuments: false,
  access: { read: readVisits, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['org', 'day', 'path'], unique: true }],
  fields: [
    ...orgAndDay,
    { name: 'path', type: 'text', required: true, label: { ru: 'Страница' }, admin: readOnly },
    {
      name: 'views',
      type: 'number',
      required: true,
      defaultValue: 0,
      label: { ru: 'Просмотры' },
      admin: readOnly,
    },
    {
      name: 'visits',
      type: 'number',
      required: true,
      defaultValue: 0,
      label: { ru: 'Визиты' },
      admin: readOnly,
    },
  ],
}
