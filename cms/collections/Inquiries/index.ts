import type { CollectionConfig } from 'payload'
import { handledListFilter } from '../../orgChoice/orgChoiceFilters'
import { INQUIRY_TOPICS } from '../../../domain/inquiries/inquiryTopics'
import { platformAdminOnly } from '../../access/platformAdminOnly'
import { actOnInquiries } from './access/actOnInquiries'
import { nobody } from './access/nobody'
import { recordAccess } from './access/personalData'
import { readInquiries } from './access/readInquiries'
import { memberFields } from './fields/memberFields'
import { recordFields } from './fields/recordFields'
import { workflowFields } from './fields/workflowFields'
import { followInquiry } from './hooks/followInquiry'
import { forwardInquiry } from './hooks/forwardInquiry'
import { removeAttachment } from './hooks/removeAttachment'
import { stampInquiry } from './hooks/stampInquiry'

/**
 * Members' questions and complaints from the feedback form on every site. Only receiveInquiry
 * (cms/inquiries) creates them; the org handling one answers it here or forwards it up. Who
 * sees what: domain/inquiries/inquiryScope.ts.
 */
export const Inquiries: CollectionConfig = {
  slug: 'inquiries',
  labels: { singular: { ru: 'Обращение' }, plural: { ru: 'Обращения' } },
  admin: {
    // Follows the org chosen in the switcher (issue 19).
    baseFilter: handledListFilter,
    useAsTitle: 'title',
    defaultColumns: ['receivedAt', 'topic', 'name', 'status', 'organization', 'assignee'],
    listSearchableFields: ['title'],
    group: { ru: 'Обращения' },
    description: {
      ru: 'Вопросы и жалобы членов профсоюза с сайтов. Ответ уходит участнику письмом; обращение можно передать вышестоящей организации.',
    },
  },
  defaultSort: '-receivedAt',
  access: {
    read: readInquiries,
    create: nobody,
    update: actOnInquiries,
    // Retention deletes them (a job, overriding access); by hand only the platform admin.
    delete: platformAdminOnly,
  },
  hooks: {
    beforeChange: [stampInquiry, forwardInquiry],
    afterChange: [followInquiry],
    afterDelete: [removeAttachment],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { ru: 'Обращение' },
      access: recordAccess,
      admin: { readOnly: true },
    },
    {
      name: 'topic',
      type: 'select',
      required: true,
      index: true,
      label: { ru: 'Тема' },
      access: recordAccess,
      options: INQUIRY_TOPICS.map(({ value, label }) => ({ value, label: { ru: label } })),
      admin: { readOnly: true },
    },
    ...memberFields,
    ...workflowFields,
    ...recordFields,
  ],
}
