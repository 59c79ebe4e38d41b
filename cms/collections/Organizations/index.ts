import { importFields } from '../../fields/importFields'
import type { CollectionConfig } from 'payload'
import { lastEditedByField, refuseStaleSave } from '../../concurrency'
import { anyone } from '../../access/anyone'
import { slugField } from '../../fields/slugField'
import { ORG_KIND_LABELS, ORG_KINDS } from '../../../domain/org/orgKinds'
import { SLUG_MAX_LENGTH } from '../../../domain/text/slugify'
import { canCreateOrganization } from './access/canCreateOrganization'
import { canDeleteOrganization } from './access/canDeleteOrganization'
import { canUpdateOrganization } from './access/canUpdateOrganization'
import { ownOrganizationsFilter } from './access/ownOrganizationsFilter'
import { transferEndpoint } from './endpoints/transfer'
import { standWeekEndpoint } from '../../stand/standWeekEndpoint'
import { visitsEndpoint } from '../../visits/visitsEndpoint'
import { removeVisitCounts } from '../../visits/removeVisitCounts'
import { branding } from './fields/branding'
import { contacts } from './fields/contacts'
import { hosting } from './fields/hosting'
import { infoOfficer } from './fields/infoOfficer'
import { leadership } from './fields/leadership'
import { social } from './fields/social'
import { privacyPolicy } from './fields/privacyPolicy'
import { inquirySettings } from './fields/inquirySettings'
import { monitoringSettings } from './fields/monitoringSettings'
import { checkStructure } from './hooks/checkStructure'
import { checkMembershipRights } from './hooks/checkMembershipRights'
import { checkUniqueAddress } from './hooks/checkUniqueAddress'
import { preventDeleteWithDependents } from './hooks/preventDeleteWithDependents'
import { queueSubtreeRefresh } from './hooks/queueSubtreeRefresh'
import { removeMembershipRequests } from './hooks/removeMembershipRequests'
import { removeSubscribers } from './hooks/removeSubscribers'
import { removeSnapshots } from './hooks/removeSnapshots'
import { removeOwnRubrics } from './hooks/removeOwnRubrics'
import {
  trackOrganizationChange,
  trackOrganizationDelete,
} from '../../publishing/hooks/trackOrganization'
import { internalField } from '../../security/internalField'

export const Organizations: CollectionConfig = {
  slug: 'organizations',
  labels: { singular: { ru: 'Организация' }, plural: { ru: 'Организации' } },
  admin: {
    baseFilter: ownOrganizationsFilter,
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'parent', 'slug', 'memberCount'],
    listSearchableFields: ['name', 'shortName', 'slug'],
    group: { ru: 'Структура' },
    description: {
      ru: 'Федерация, профсоюзы, территориальные объединения и организации, первичные организации.',
    },
  },
  access: {
    read: anyone,
    create: canCreateOrganization,
    update: canUpdateOrganization,
    delete: canDeleteOrganization,
  },
  defaultSort: 'name',
  indexes: [{ fields: ['slug', 'networkRoot'], unique: true }],
  endpoints: [transferEndpoint, standWeekEndpoint, visitsEndpoint],
  hooks: {
    beforeChange: [refuseStaleSave, checkStructure, checkMembershipRights, checkUniqueAddress],
    afterChange: [queueSubtreeRefresh, trackOrganizationChange],
    beforeDelete: [
      preventDeleteWithDependents,
      removeMembershipRequests,
      removeSubscribers,
      removeVisitCounts,
      removeSnapshots,
      removeOwnRubrics,
    ],
    afterDelete: [trackOrganizationDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { ru: 'Полное название' } },
    {
      type: 'row',
      fields: [
        {
          name: 'shortName',
          type: 'text',
          label: { ru: 'Краткое название' },
          admin: { placeholder: 'МФП' },
        },
        {
          name: 'kind',
          type: 'select',
          required: true,
          index: true,
          label: { ru: 'Уровень' },
          options: ORG_KINDS.map((value) => ({ value, label: { ru: ORG_KIND_LABELS[value] } })),
        },
      ],
    },
    slugField({
      from: 'name',
      maxLength: SLUG_MAX_LENGTH,
      description:
        'Станет поддоменом сайта (<адрес>.домен-сети). Латиницей, уникален в сети, а адрес сайта — на всей платформе; если оставить пустым, будет получен из названия.',
    }),
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'organizations',
      index: true,
      label: { ru: 'Вышестоящая организация' },
      admin: { position: 'sidebar', description: { ru: 'Структурная принадлежность.' } },
    },
    {
      name: 'memberships',
      type: 'relationship',
      relationTo: 'organizations',
      hasMany: true,
      label: { ru: 'Членство' },
      admin: {
        position: 'sidebar',
        description: {
          ru: 'Другие вышестоящие организации, членом которых является организация (например, территориальное объединение профсоюзов). Вступить в организацию, которой вы не управляете, можно только по заявке (раздел «Заявки на членство»): её принимают администраторы той организации.',
        },
      },
    },
    {
      // «Стенд на неделю» (issue 17): any week's stand as a PDF, for the org's editors.
      name: 'standWeek',
      type: 'ui',
      label: { ru: 'Стенд на неделю' },
      admin: {
        position: 'sidebar',
        components: { Field: '/components/StandWeek#StandWeek' },
        condition: (data) => Boolean(data?.id),
      },
    },
    {
      name: 'transferContent',
      type: 'ui',
      label: { ru: 'Перенести содержимое' },
      admin: {
        position: 'sidebar',
        components: { Field: '/components/TransferContent#TransferContent' },
        condition: (data) => Boolean(data?.id),
      },
    },
    {
      name: 'memberCount',
      type: 'number',
      min: 0,
      label: { ru: 'Число членов профсоюза' },
      admin: { position: 'sidebar' },
    },
    { name: 'about', type: 'textarea', label: { ru: 'Кратко об организации' } },
    {
      // «Посещаемость» (issue 18): visits, views, top pages and referring sites of the org's site.
      name: 'siteVisits',
      type: 'ui',
      label: { ru: 'Посещаемость' },
      admin: {
        components: { Field: '/components/SiteVisits#SiteVisits' },
        condition: (data) => Boolean(data?.id),
      },
    },
    {
      name: 'incomingPolicy',
      type: 'select',
      required: true,
      // The monitoring's review backlog picks the reviewing orgs of a subtree by it.
      index: true,
      defaultValue: 'auto',
      label: { ru: 'Материалы вышестоящих организаций' },
      options: [
        { value: 'auto', label: { ru: 'Показывать сразу' } },
        { value: 'review', label: { ru: 'Показывать после проверки редактором' } },
      ],
      admin: {
        position: 'sidebar',
        description: { ru: 'Обязательные материалы показываются всегда.' },
      },
    },
    contacts,
    social,
    infoOfficer,
    leadership,
    privacyPolicy,
    inquirySettings,
    monitoringSettings,
    hosting,
    branding,
    ...importFields(),
    lastEditedByField(),
    internalField(
      {
        name: 'ancestors',
        type: 'relationship',
        relationTo: 'organizations',
        hasMany: true,
        label: { ru: 'Вышестоящие по структуре' },
        admin: { hidden: true, readOnly: true },
      },
      'staff',
    ),
    internalField(
      {
        name: 'depth',
        type: 'number',
        index: true,
        label: { ru: 'Уровень вложенности' },
        admin: { hidden: true, readOnly: true },
      },
      'staff',
    ),
    internalField(
      {
        name: 'networkRoot',
        type: 'relationship',
        relationTo: 'organizations',
        index: true,
        label: { ru: 'Сеть' },
        admin: { hidden: true, readOnly: true },
      },
      'staff',
    ),
  ],
}
