import type { CollectionConfig, Field } from 'payload'
import { platformAdminOnly } from '../../access/platformAdminOnly'
import { BUILD_STATUSES, buildStatus } from '../../../domain/publishing/buildStatus'
import { siteBuildsInScope } from './access/siteBuildsInScope'
import { rebuildEndpoint } from './endpoints/rebuild'
import { internalAccess } from '../../security/internalField'

const nobody = () => false
const readOnly = { readOnly: true }
/** Queue bookkeeping: the platform admin's to read, the workers' (raw SQL) to write. */
const queueAccess = internalAccess('platform')

const dateField = (name: string, ru: string, extra: Partial<Field> = {}): Field =>
  ({
    name,
    type: 'date',
    label: { ru },
    admin: {
      ...readOnly,
      date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd.MM.yyyy HH:mm:ss' },
    },
    ...extra,
  }) as Field

/**
 * One row per site host: what was asked for (`requested`, a counter bumped by every change
 * that touches the site) and what is live (`built`). Workers claim rows with a lease through
 * cms/publishing/queue (atomic SQL), never through this collection's API.
 */
export const SiteBuilds: CollectionConfig = {
  slug: 'site-builds',
  labels: { singular: { ru: 'Сайт' }, plural: { ru: 'Публикация сайтов' } },
  admin: {
    useAsTitle: 'host',
    defaultColumns: ['host', 'organization', 'status', 'publishedAt', 'lastError'],
    group: { ru: 'Служебное' },
    description: {
      ru: 'Сайты пересобираются сами после каждого изменения. Здесь видно, когда сайт опубликован, ждёт ли он публикации и чем закончилась последняя сборка.',
    },
  },
  access: { read: siteBuildsInScope, create: nobody, update: nobody, delete: platformAdminOnly },
  endpoints: [rebuildEndpoint],
  defaultSort: 'host',
  fields: [
    {
      name: 'host',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { ru: 'Адрес сайта' },
      admin: { ...readOnly, components: { Cell: '/components/SiteHostCell#SiteHostCell' } },
    },
    {
      name: 'siteHome',
      type: 'ui',
      label: { ru: 'Сайт' },
      admin: { components: { Field: '/components/SiteHomeLink#SiteHomeLink' } },
    },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: 'organizations',
      index: true,
      label: { ru: 'Организация' },
      admin: readOnly,
    },
    { name: 'orgPath', type: 'text', index: true, access: queueAccess, admin: { hidden: true } },
    {
      name: 'status',
      type: 'select',
      virtual: true,
      label: { ru: 'Состояние' },
      options: Object.entries(BUILD_STATUSES).map(([value, ru]) => ({ value, label: { ru } })),
      admin: { ...readOnly, components: { Field: '/components/RebuildSite#RebuildSite' } },
      hooks: { afterRead: [({ data }) => (data ? buildStatus(data) : undefined)] },
    },
    // Indexed: the monitoring asks which hosts of a subtree are live.
    dateField('publishedAt', 'Опубликован', { index: true }),
    { name: 'lastPages', type: 'number', label: { ru: 'Страниц' }, admin: readOnly },
    { name: 'lastDurationMs', type: 'number', label: { ru: 'Сборка, мс' }, admin: readOnly },
    dateField('pendingSince', 'Ждёт с'),
    { name: 'lastReason', type: 'text', label: { ru: 'Последнее изменение' }, admin: readOnly },
    { name: 'lastError', type: 'textarea', label: { ru: 'Последняя ошибка' }, admin: readOnly },
    dateField('lastErrorAt', 'Время ошибки'),
    {
      type: 'collapsible',
      label: { ru: 'Очередь (для администратора платформы)' },
      admin: { initCollapsed: true },
      fields: (
        [
          {
            name: 'requested',
            type: 'number',
            defaultValue: 0,
            label: { ru: 'Запрошено' },
            admin: readOnly,
          },
          {
            name: 'built',
            type: 'number',
            defaultValue: 0,
            label: { ru: 'Опубликовано' },
            admin: readOnly,
          },
          { name: 'claimedGen', type: 'number', label: { ru: 'В работе' }, admin: readOnly },
          {
            name: 'renderer',
            type: 'text',
            index: true,
            label: { ru: 'Версия шаблонов' },
            admin: readOnly,
          },
          { name: 'leaseOwner', type: 'text', label: { ru: 'Сборщик' }, admin: readOnly },
          dateField('leaseUntil', 'Занят до', { index: true }),
          {
            name: 'attempts',
            type: 'number',
            defaultValue: 0,
            label: { ru: 'Попыток' },
            admin: readOnly,
          },
          dateField('retryAfter', 'Повтор не раньше'),
        ] as Field[]
      ).map((field) => ({ ...field, access: queueAccess }) as Field),
    },
  ],
}
