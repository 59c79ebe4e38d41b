import type { Field } from 'payload'
import { internalField } from '../../../security/internalField'
import { recordAccess } from '../access/personalData'

const readOnlySidebar = { position: 'sidebar', readOnly: true } as const

/** Set by the hooks and receiveInquiry only: clients never write timestamps, forwards or lineage. */
export const recordFields: Field[] = [
  {
    name: 'organization',
    type: 'relationship',
    relationTo: 'organizations',
    required: true,
    index: true,
    label: { ru: 'Организация (обрабатывает)' },
    access: recordAccess,
    admin: readOnlySidebar,
  },
  {
    name: 'sourceOrganization',
    type: 'relationship',
    relationTo: 'organizations',
    index: true,
    label: { ru: 'С сайта организации' },
    access: recordAccess,
    admin: readOnlySidebar,
  },
  {
    name: 'site',
    type: 'text',
    label: { ru: 'Сайт' },
    access: recordAccess,
    admin: readOnlySidebar,
  },
  {
    name: 'receivedAt',
    type: 'date',
    index: true,
    label: { ru: 'Получено' },
    access: recordAccess,
    admin: { ...readOnlySidebar, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'consentAt',
    type: 'date',
    label: { ru: 'Согласие на обработку данных' },
    access: recordAccess,
    admin: { ...readOnlySidebar, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'firstAnsweredAt',
    type: 'date',
    index: true,
    label: { ru: 'Первый ответ' },
    access: recordAccess,
    admin: { ...readOnlySidebar, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    // Monitoring (issue 18) counts the share answered in time per org with one indexed query.
    name: 'answeredWithinTarget',
    type: 'checkbox',
    index: true,
    label: { ru: 'Ответ в срок' },
    access: recordAccess,
    admin: readOnlySidebar,
  },
  {
    name: 'closedAt',
    type: 'date',
    index: true,
    label: { ru: 'Закрыто' },
    access: recordAccess,
    admin: { ...readOnlySidebar, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'forwards',
    type: 'array',
    label: { ru: 'История передачи' },
    labels: { singular: { ru: 'Передача' }, plural: { ru: 'Передачи' } },
    access: recordAccess,
    admin: { readOnly: true, condition: (data) => (data?.forwards?.length ?? 0) > 0 },
    fields: [
      { name: 'from', type: 'relationship', relationTo: 'organizations', label: { ru: 'От' } },
      { name: 'to', type: 'relationship', relationTo: 'organizations', label: { ru: 'Кому' } },
      { name: 'at', type: 'date', label: { ru: 'Когда' } },
      { name: 'by', type: 'relationship', relationTo: 'users', label: { ru: 'Кто передал' } },
      { name: 'note', type: 'textarea', label: { ru: 'Комментарий' } },
    ],
  },
  // Every org that has handled it: their history access (see domain/inquiries/inquiryScope.ts).
  internalField(
    {
      name: 'handlers',
      label: { ru: 'Кто ведёт' },
      type: 'relationship',
      relationTo: 'organizations',
      hasMany: true,
      index: true,
      admin: { hidden: true },
    },
    'staff',
  ),
]
