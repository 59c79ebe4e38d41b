import type { CollectionConfig, Field } from 'payload'
import { INDICATOR_IDS } from '../../../domain/monitoring/indicatorTypes'
import { INDICATOR_LABELS, LIGHT_LABELS } from '../../../domain/monitoring/indicatorLabels'
import { nobody } from '../SiteVisits/access/nobody'
import { readSnapshots } from './access/readSnapshots'

const readOnly = { readOnly: true } as const

const LIGHT_OPTIONS = (['green', 'amber', 'red', 'none'] as const).map((value) => ({
  value,
  label: { ru: `${LIGHT_LABELS[value].sign} ${LIGHT_LABELS[value].word}` },
}))

/** One column per indicator: its light that quarter (the reasons stay in the live dashboard). */
const lightFields: Field[] = INDICATOR_IDS.map((id) => ({
  name: id,
  type: 'select',
  required: true,
  options: LIGHT_OPTIONS,
  label: { ru: INDICATOR_LABELS[id] },
  admin: readOnly,
}))

/**
 * The monitoring's quarterly snapshots (issue 18): one narrow row per org and quarter, written
 * only by the snapshotMonitoring job (Local API / bulk insert); nobody creates, edits or deletes
 * one through REST, GraphQL or the admin. Kept for every quarter: the trends read them.
 */
export const MonitoringSnapshots: CollectionConfig = {
  slug: 'monitoring-snapshots',
  labels: { singular: { ru: 'Срез мониторинга' }, plural: { ru: 'Срезы мониторинга' } },
  admin: {
    group: { ru: 'Служебное' },
    hidden: true,
    useAsTitle: 'quarter',
    defaultColumns: ['org', 'quarter', 'takenAt'],
  },
  defaultSort: '-quarter',
  lockDocuments: false,
  access: { read: readSnapshots, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['org', 'quarter'], unique: true }],
  fields: [
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
      name: 'quarter',
      type: 'text',
      required: true,
      index: true,
      label: { ru: 'Квартал' },
      admin: { ...readOnly, description: { ru: 'ГГГГ-QN по московскому времени.' } },
    },
    { name: 'takenAt', type: 'date', required: true, label: { ru: 'Снят' }, admin: readOnly },
    { name: 'lights', type: 'group', label: { ru: 'Показатели' }, fields: lightFields },
    {
      name: 'news90',
      type: 'number',
      label: { ru: 'Своих новостей за 90 дней' },
      admin: readOnly,
    },
    {
      name: 'daysSinceNews',
      type: 'number',
      label: { ru: 'Дней с последней новости' },
      admin: readOnly,
    },
  ],
}
