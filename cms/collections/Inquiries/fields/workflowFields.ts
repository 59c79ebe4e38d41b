import type { Field } from 'payload'
import { INQUIRY_STATUSES } from '../../../../domain/inquiries/inquiryStatuses'
import { readPersonalData } from '../access/personalData'

/** What the handling org's editors work with: status, assignee, notes, the answer, forwarding. */
export const workflowFields: Field[] = [
  {
    name: 'status',
    type: 'select',
    required: true,
    defaultValue: 'new',
    index: true,
    label: { ru: 'Статус' },
    options: INQUIRY_STATUSES.map(({ value, label }) => ({ value, label: { ru: label } })),
    admin: {
      position: 'sidebar',
      description: {
        ru: '«Отвечено» с заполненным ответом — это «Отправить ответ»: при сохранении письмо уйдёт участнику.',
      },
    },
  },
  {
    name: 'assignee',
    type: 'relationship',
    relationTo: 'users',
    label: { ru: 'Ответственный' },
    admin: { position: 'sidebar' },
  },
  {
    name: 'answer',
    type: 'textarea',
    label: { ru: 'Ответ участнику' },
    access: { read: readPersonalData },
    admin: {
      description: {
        ru: 'Чтобы отправить ответ, впишите его, выберите статус «Отвечено» и сохраните.',
      },
    },
  },
  {
    // Shown instead of a send button when there is nobody to mail: the answer goes by phone.
    name: 'phoneOnlyNote',
    type: 'text',
    virtual: true,
    label: { ru: 'Участник оставил только телефон' },
    admin: {
      readOnly: true,
      condition: (data) => Boolean(data?.id) && !data?.email && Boolean(data?.phone),
      description: {
        ru: 'Электронной почты нет: ответьте по телефону и отметьте статус «Отвечено» — письмо не отправляется.',
      },
    },
  },
  {
    name: 'notes',
    type: 'textarea',
    label: { ru: 'Внутренние заметки' },
    access: { read: readPersonalData },
    admin: { description: { ru: 'Видны только вашей организации, участнику не отправляются.' } },
  },
  {
    type: 'collapsible',
    label: { ru: 'Передать выше' },
    admin: { initCollapsed: true, condition: (data) => Boolean(data?.id) },
    fields: [
      {
        name: 'forwardUp',
        type: 'checkbox',
        virtual: true,
        label: { ru: 'Передать выше (в вышестоящую организацию)' },
        admin: {
          // Payload shows virtual fields read-only unless told otherwise: this one is an action.
          readOnly: false,
          description: {
            ru: 'При сохранении обращение перейдёт вышестоящей организации; у вас останется его история без персональных данных.',
          },
        },
      },
      {
        name: 'forwardNote',
        type: 'textarea',
        virtual: true,
        label: { ru: 'Комментарий к передаче' },
        admin: { readOnly: false },
      },
    ],
  },
]
