import { importFields } from '../../fields/importFields'
import type { CollectionConfig } from 'payload'
import { lastEditedByField, refuseStaleSave } from '../../concurrency'
import { anyone } from '../../access/anyone'
import { canCreateOrganization } from './access/canCreateOrganization'
import { canDeleteOrganization } from './access/canDeleteOrganization'
import { canUpdateOrganization } from './access/canUpdateOrganization'
import { ownOrganizationsFilter } from './access/ownOrganizationsFilter'
import { transferEndpoint } from './endpoints/transfer'
import { standWeekEndpoint } from '../../stand/standWeekEndpoint'
import { visitsEndpoint } from '../../visits/visitsEndpoint'
import { removeVisitCounts } from '../../visits/removeVisitCounts'
import { aboutFields } from './fields/about'
import { branding } from './fields/branding'
import { incomingPolicyField, siteVisitsField } from './fields/editorial'
import { structureFields } from './fields/structure'
import { contacts } from './fields/contacts'
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
    components: { edit: { SaveButton: '/components/orgSettings/OrgSaveButton#OrgSaveButton' } },
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
    {
      // Why a reader of the form cannot change it (an org's editors see it greyed out).
      name: 'formNotice',
      type: 'ui',
      admin: { components: { Field: '/components/orgSettings/OrgFormNotice#OrgFormNotice' } },
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
      // Everyday settings first; what moves the site or the subtree last, behind a confirmation
      // on save (OrgSaveButton). Unnamed tabs: the stored shape stays as it was.
      type: 'tabs',
      tabs: [
        { label: { ru: 'Сведения' }, fields: aboutFields },
        {
          label: { ru: 'Контакты и соцсети' },
          fields: [contacts, social, inquirySettings, privacyPolicy],
        },
        { label: { ru: 'Оформление' }, fields: [branding] },
        { label: { ru: 'Посещаемость' }, fields: [siteVisitsField] },
        {
          label: { ru: 'Материалы и мониторинг' },
          fields: [incomingPolicyField, monitoringSettings],
        },
        {
          label: { ru: 'Структура и адрес сайта' },
          description: {
            ru: 'Уровень и место в структуре меняет администратор вышестоящей организации с правами на всё её дерево. Перед сохранением изменений здесь вы увидите, что именно изменится: адрес сайта, нижестоящие организации, материалы сверху.',
          },
          fields: structureFields,
        },
      ],
    },
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
