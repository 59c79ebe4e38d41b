import { SCHEDULED_PUBLISHING } from '../../i18n/scheduledPublishing'
import { viewOnSiteField } from '../../fields/viewOnSiteField'
import { bodyMediaField } from '../../fields/bodyMediaField'
import { bodyField } from '../../fields/bodyField'
import { importFields } from '../../fields/importFields'
import type { CollectionConfig, Where } from 'payload'
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
import { checkPageParent } from './hooks/checkPageParent'
import { rememberPublished } from '../../publishing/hooks/rememberPublished'
import { trackLocalChange, trackLocalDelete } from '../../publishing/hooks/trackLocal'

export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: { ru: 'Страница' }, plural: { ru: 'Страницы' } },
  admin: {
    // The editor's own orgs, narrowed to the org chosen in the switcher (issue 19).
    baseFilter: contentListFilter,
    useAsTitle: 'title',
    defaultColumns: ['title', 'organization', 'parent', 'menuOrder', '_status'],
    group: { ru: 'Материалы' },
    description: {
      ru: 'Постоянные страницы сайта: «О нас», «Руководство», «Как вступить»… Контакты и документы сайт строит сам.',
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
  defaultSort: 'menuOrder',
  hooks: {
    // rememberPublished: the published row before the save, which trackLocalChange compares with.
    beforeChange: [
      refuseStaleSave,
      rememberPublished,
      setOwnerLineage,
      uniqueSlugInOrg('страница'),
      checkPageParent,
    ],
    afterChange: [trackLocalChange],
    afterDelete: [trackLocalDelete],
  },
  fields: [
    viewOnSiteField(),
    { name: 'title', type: 'text', required: true, label: { ru: 'Заголовок' } },
    bodyField(),
    bodyMediaField(),
    slugField({ from: 'title', maxLength: 63 }),
    ...ownerFields(),
    ...importFields(),
    lastEditedByField(),
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'pages',
      index: true,
      label: { ru: 'Родительская страница' },
      filterOptions: ({ data, id }) => {
        const and: Where[] = [{ organization: { equals: data?.organization ?? null } }]
        if (id) and.push({ id: { not_equals: id } })
        return { and }
      },
      admin: { position: 'sidebar', description: { ru: 'Для вложенного меню.' } },
    },
    {
      name: 'menuOrder',
      type: 'number',
      defaultValue: 0,
      index: true,
      label: { ru: 'Порядок в меню' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'showInMenu',
      type: 'checkbox',
      defaultValue: true,
      label: { ru: 'Показывать в меню' },
      admin: { position: 'sidebar' },
    },
  ],
}
