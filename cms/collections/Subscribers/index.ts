import type { CollectionConfig, FieldAccess } from 'payload'
import { handledListFilter } from '../../orgChoice/orgChoiceFilters'
import {
  SUBSCRIBER_STATUSES,
  SUBSCRIPTION_MODES,
} from '../../../domain/subscriptions/subscriptionModes'
import { exportSubscribers } from '../../subscriptions/exportSubscribers'
import { subscriberStatsEndpoint } from '../../subscriptions/subscriberStats'
import { nobody } from './access/nobody'
import { readSubscribers } from './access/readSubscribers'
import { lowerCaseEmail } from './hooks/lowerCaseEmail'

const nobodyField: FieldAccess = () => false
/** Set by the subscriber's own links only (cms/subscriptions), never by staff. */
const recordAccess = { create: nobodyField, update: nobodyField }

/**
 * Readers subscribed to a site's news by e-mail (issue 17), with double opt-in. Rows are written
 * only by cms/subscriptions (the public form and the links in the mail); the org's admins read
 * and delete them (removal on request, 152-ФЗ), its editors see counts (SubscriberCounts).
 * Who sees what: domain/subscriptions/subscriberScope.ts.
 */
export const Subscribers: CollectionConfig = {
  slug: 'subscribers',
  labels: { singular: { ru: 'Подписчик' }, plural: { ru: 'Подписчики' } },
  admin: {
    // Follows the org chosen in the switcher (issue 19).
    baseFilter: handledListFilter,
    useAsTitle: 'email',
    defaultColumns: ['email', 'organization', 'mode', 'status', 'confirmedAt'],
    listSearchableFields: ['email'],
    group: { ru: 'Рассылка' },
    description: {
      ru: 'Адреса читателей, подписавшихся на новости сайта. Удаление по просьбе подписчика стирает адрес полностью (152-ФЗ).',
    },
  },
  defaultSort: '-confirmedAt',
  // Rows change only through the subscriber's links, never in the admin: no edit lock needed.
  lockDocuments: false,
  access: {
    read: readSubscribers,
    create: nobody,
    update: nobody,
    delete: readSubscribers,
  },
  indexes: [{ fields: ['email', 'organization'], unique: true }],
  // The addresses as CSV for the org's admins; the counts for its editors (they read no rows).
  endpoints: [
    { path: '/export', method: 'get', handler: exportSubscribers },
    { path: '/stats', method: 'get', handler: subscriberStatsEndpoint },
  ],
  fields: [
    {
      name: 'email',
      type: 'email',
      required: true,
      index: true,
      label: { ru: 'Адрес' },
      access: recordAccess,
      hooks: { beforeValidate: [lowerCaseEmail] },
      admin: { readOnly: true },
    },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: 'organizations',
      required: true,
      index: true,
      label: { ru: 'Организация' },
      access: recordAccess,
      admin: { readOnly: true },
    },
    {
      name: 'mode',
      type: 'select',
      required: true,
      defaultValue: 'every',
      label: { ru: 'Что получает' },
      access: recordAccess,
      options: SUBSCRIPTION_MODES.map(({ value, label }) => ({ value, label: { ru: label } })),
      admin: { readOnly: true },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      label: { ru: 'Состояние' },
      access: recordAccess,
      options: SUBSCRIBER_STATUSES.map(({ value, label }) => ({ value, label: { ru: label } })),
      admin: { readOnly: true },
    },
    {
      // The links carry the token; the database keeps only its SHA-256 (the lookup key), so a
      // leaked table cannot confirm, unsubscribe or change anyone. Never shown to anyone.
      name: 'tokenHash',
      type: 'text',
      required: true,
      unique: true,
      access: { read: nobodyField, create: nobodyField, update: nobodyField },
      admin: { hidden: true },
    },
    {
      // The random seed the token is derived from with the server's secret (subscriberToken):
      // useless without PAYLOAD_SECRET. Never shown to anyone.
      name: 'tokenSeed',
      type: 'text',
      required: true,
      access: { read: nobodyField, create: nobodyField, update: nobodyField },
      admin: { hidden: true },
    },
    {
      name: 'consentAt',
      type: 'date',
      label: { ru: 'Согласие (152-ФЗ)' },
      access: recordAccess,
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'confirmedAt',
      type: 'date',
      index: true,
      label: { ru: 'Подтверждена' },
      access: recordAccess,
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'unsubscribedAt',
      type: 'date',
      label: { ru: 'Отписка' },
      access: recordAccess,
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
