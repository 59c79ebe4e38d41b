import { SCHEDULED_PUBLISHING } from '../../i18n/scheduledPublishing'
import { draftPreviewField, viewOnSiteField } from '../../fields/viewOnSiteField'
import { bodyMediaField } from '../../fields/bodyMediaField'
import { bodyField } from '../../fields/bodyField'
import { importFields } from '../../fields/importFields'
import type { CollectionConfig } from 'payload'
import { lastEditedByField, refuseStaleSave } from '../../concurrency'
import { canCreateContent } from '../../access/canCreateContent'
import { contentListFilter } from '../../orgChoice/orgChoiceFilters'
import { contentInScope } from '../../access/contentInScope'
import { publishedOrInScope } from '../../access/publishedOrInScope'
import { versionsInScope } from '../../access/versionsInScope'
import { ownerFields } from '../../fields/ownerFields'
import { slugField } from '../../fields/slugField'
import { setOwnerLineage } from '../../hooks/setOwnerLineage'
import { uniqueSlugInOrg } from '../../hooks/uniqueSlugInOrg'
import { setPublishedAt } from './hooks/setPublishedAt'
import { recordOldSlugs } from './hooks/recordOldSlugs'
import { reachPreviewEndpoint } from './endpoints/reachPreview'
import { postProposalsEndpoint, proposePostEndpoint } from './endpoints/postProposals'
import { previewLinkEndpoint } from './endpoints/previewLink'
import { checkMandatory } from './hooks/checkMandatory'
import { checkRubricOwner } from './hooks/checkRubricOwner'
import { retitleDecisions } from './hooks/retitleDecisions'
import { removeSyndicationTraces } from './hooks/removeSyndicationTraces'
import { deriveReach } from '../../hooks/deriveReach'
import { checkNamedOrgs } from '../../hooks/checkNamedOrgs'
import { reachFields } from '../../fields/reachFields'
import { rememberPublished } from '../../publishing/hooks/rememberPublished'
import { trackPostChange, trackPostDelete } from '../../publishing/hooks/trackPost'

export const Posts: CollectionConfig = {
  slug: 'posts',
  labels: { singular: { ru: 'Новость' }, plural: { ru: 'Новости' } },
  admin: {
    // The editor's own orgs, narrowed to the org chosen in the switcher (issue 19).
    baseFilter: contentListFilter,
    useAsTitle: 'title',
    defaultColumns: ['title', 'organization', 'category', 'publishedAt', '_status'],
    listSearchableFields: ['title', 'lead'],
    group: { ru: 'Материалы' },
    // A mandatory post to more than a hundred sites is published after a confirmation (issue 19).
    components: {
      edit: { PublishButton: '/components/reach/ConfirmingPublishButton#ConfirmingPublishButton' },
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
  defaultSort: '-publishedAt',
  endpoints: [
    reachPreviewEndpoint,
    postProposalsEndpoint,
    proposePostEndpoint,
    previewLinkEndpoint,
  ],
  // The site's feed query: newest published posts of a list of organizations.
  indexes: [{ fields: ['organization', 'publishedAt'] }],
  hooks: {
    beforeChange: [
      refuseStaleSave,
      // The published row before the save, which trackPostChange compares the saved one with.
      rememberPublished,
      setOwnerLineage,
      uniqueSlugInOrg('новость'),
      setPublishedAt,
      deriveReach,
      checkNamedOrgs,
      checkMandatory,
      checkRubricOwner,
    ],
    afterChange: [trackPostChange, retitleDecisions],
    beforeDelete: [removeSyndicationTraces],
    afterDelete: [trackPostDelete],
  },
  fields: [
    viewOnSiteField(),
    draftPreviewField(),
    { name: 'title', type: 'text', required: true, label: { ru: 'Заголовок' } },
    {
      name: 'lead',
      type: 'textarea',
      label: { ru: 'Анонс' },
      admin: { description: { ru: 'Одно-два предложения для ленты новостей и соцсетей.' } },
    },
    { name: 'cover', type: 'upload', relationTo: 'media', label: { ru: 'Обложка' } },
    bodyField(),
    bodyMediaField(),
    slugField({ from: 'title' }),
    {
      // Earlier published slugs: their addresses redirect to the post's address now.
      name: 'oldSlugs',
      type: 'text',
      hasMany: true,
      label: { ru: 'Прежние адреса' },
      admin: { hidden: true, readOnly: true },
      hooks: { beforeChange: [recordOldSlugs] },
    },
    ...ownerFields(),
    ...importFields(),
    lastEditedByField(),
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      label: { ru: 'Дата публикации' },
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd.MM.yyyy HH:mm' },
        description: { ru: 'Ставится при первой публикации; можно изменить.' },
      },
    },
    ...reachFields('subtree'),
    {
      name: 'mandatory',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { ru: 'Обязателен для размещения' },
      admin: {
        position: 'sidebar',
        description: { ru: 'Нижестоящие организации не смогут скрыть материал.' },
        // Offered only to the levels that may oblige and have someone below (issue 19).
        components: { Field: '/components/reach/MandatoryField#MandatoryField' },
      },
    },
    {
      // «Предложить выше»: offer the published post to an org above (issue 19).
      name: 'proposeUpward',
      type: 'ui',
      label: { ru: 'Предложить выше' },
      admin: {
        position: 'sidebar',
        components: { Field: '/components/proposals/ProposeUpward#ProposeUpward' },
      },
    },
    {
      name: 'category',
      type: 'relationship',
      relationTo: 'categories',
      index: true,
      label: { ru: 'Рубрика' },
      // The shared rubrics and the post's own org's (checkRubricOwner enforces it on save).
      filterOptions: ({ data }) => ({
        or: [
          { organization: { exists: false } },
          ...(data?.organization ? [{ organization: { equals: data.organization } }] : []),
        ],
      }),
      admin: { position: 'sidebar' },
    },
    {
      name: 'tags',
      type: 'text',
      hasMany: true,
      label: { ru: 'Метки' },
      admin: { position: 'sidebar' },
    },
  ],
}
