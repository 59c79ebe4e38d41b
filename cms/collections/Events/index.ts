import { SCHEDULED_PUBLISHING } from '../../i18n/scheduledPublishing'
import { viewOnSiteField } from '../../fields/viewOnSiteField'
import type { CollectionConfig } from 'payload'
import { bodyMediaField } from '../../fields/bodyMediaField'
import { bodyField } from '../../fields/bodyField'
import { importFields } from '../../fields/importFields'
import { lastEditedByField, refuseStaleSave } from '../../concurrency'
import { canCreateContent } from '../../access/canCreateContent'
import { contentListFilter } from '../../orgChoice/orgChoiceFilters'
import { contentInScope } from '../../access/contentInScope'
import { publishedOrInScope } from '../../access/publishedOrInScope'
import { versionsInScope } from '../../access/versionsInScope'
import { ownerFields } from '../../fields/ownerFields'
import { slugField } from '../../fields/slugField'
import { reachFields } from '../../fields/reachFields'
import { setOwnerLineage } from '../../hooks/setOwnerLineage'
import { uniqueSlugInOrg } from '../../hooks/uniqueSlugInOrg'
import { deriveReach } from '../../hooks/deriveReach'
import { checkNamedOrgs } from '../../hooks/checkNamedOrgs'
import { internalField } from '../../security/internalField'
import { rememberPublished } from '../../publishing/hooks/rememberPublished'
import { trackEventChange, trackEventDelete } from '../../publishing/hooks/trackEvent'
import { checkEventDates } from './hooks/checkEventDates'
import { validateHttpsUrl } from './hooks/validateHttpsUrl'

const dayAndTime = { pickerAppearance: 'dayAndTime', displayFormat: 'dd.MM.yyyy HH:mm' } as const

/**
 * Анонсы мероприятий: an org's meetings, action days and seminars. Owned, scoped and reached
 * exactly like posts (the same access predicates, owner lineage and reach fields), so a
 * federation-wide action day appears on every site its reach arrives at.
 */
export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: { ru: 'Мероприятие' }, plural: { ru: 'Мероприятия' } },
  admin: {
    // The editor's own orgs, narrowed to the org chosen in the switcher (issue 19).
    baseFilter: contentListFilter,
    useAsTitle: 'title',
    defaultColumns: ['title', 'organization', 'startsAt', '_status'],
    listSearchableFields: ['title', 'lead', 'place'],
    group: { ru: 'Материалы' },
    description: {
      ru: 'Анонсы собраний, акций и семинаров: на сайте — блок «Анонсы» и календарь.',
    },
  },
  access: {
    read: publishedOrInScope,
    readVersions: versionsInScope,
    create: canCreateContent,
    update: contentInScope,
    delete: contentInScope,
  },
  versions: { drafts: { schedulePublish: SCHEDULED_PUBLISHING }, maxPerDoc: 30 },
  defaultSort: '-startsAt',
  // The snapshot loader reads the published events of a batch of orgs; the worker the ended ones.
  indexes: [{ fields: ['organization', 'startsAt'] }, { fields: ['_status', 'endsAt'] }],
  hooks: {
    beforeChange: [
      refuseStaleSave,
      rememberPublished,
      setOwnerLineage,
      uniqueSlugInOrg('мероприятие'),
      checkEventDates,
      deriveReach,
      checkNamedOrgs,
    ],
    afterChange: [trackEventChange],
    afterDelete: [trackEventDelete],
  },
  fields: [
    viewOnSiteField(),
    { name: 'title', type: 'text', required: true, label: { ru: 'Название' } },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          required: true,
          index: true,
          label: { ru: 'Начало' },
          admin: { date: dayAndTime },
        },
        {
          name: 'endsAt',
          type: 'date',
          index: true,
          label: { ru: 'Окончание' },
          admin: { date: dayAndTime, description: { ru: 'Пусто — в момент начала.' } },
        },
      ],
    },
    {
      name: 'allDay',
      type: 'checkbox',
      defaultValue: false,
      label: { ru: 'Весь день' },
      admin: { description: { ru: 'Время не показывается, только дата.' } },
    },
    {
      name: 'place',
      type: 'text',
      label: { ru: 'Место (адрес)' },
      admin: { description: { ru: 'Пусто, если мероприятие проходит только онлайн.' } },
    },
    {
      name: 'onlineUrl',
      type: 'text',
      label: { ru: 'Ссылка на трансляцию или онлайн-встречу' },
      validate: validateHttpsUrl,
    },
    {
      name: 'registrationUrl',
      type: 'text',
      label: { ru: 'Ссылка на регистрацию' },
      validate: validateHttpsUrl,
    },
    {
      name: 'lead',
      type: 'textarea',
      label: { ru: 'Кратко' },
      admin: { description: { ru: 'Одно-два предложения для блока «Анонсы» и календаря.' } },
    },
    { name: 'cover', type: 'upload', relationTo: 'media', label: { ru: 'Обложка' } },
    { ...bodyField(), label: { ru: 'Описание' } },
    bodyMediaField(),
    slugField({ from: 'title' }),
    ...ownerFields(),
    ...importFields(),
    lastEditedByField(),
    ...reachFields('subtree'),
    internalField(
      {
        // Set on save and by the worker once the sites have moved the ended event to «Прошедшие».
        name: 'endRecorded',
        type: 'checkbox',
        index: true,
        defaultValue: false,
        label: { ru: 'Окончание учтено на сайтах' },
        admin: { hidden: true },
      },
      'staff',
    ),
  ],
}
