import type { Field } from 'payload'
import { personalDataAccess } from '../access/personalData'

/** What the member sent through the form: personal data, read only by those who act on it. */
export const memberFields: Field[] = [
  {
    name: 'message',
    type: 'textarea',
    required: true,
    label: { ru: 'Сообщение' },
    access: personalDataAccess,
    admin: { readOnly: true },
  },
  {
    type: 'row',
    fields: [
      {
        name: 'name',
        type: 'text',
        required: true,
        label: { ru: 'Имя' },
        access: personalDataAccess,
        admin: { readOnly: true },
      },
      {
        name: 'workplace',
        type: 'text',
        label: { ru: 'Место работы' },
        access: personalDataAccess,
        admin: { readOnly: true },
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'email',
        type: 'email',
        label: { ru: 'Электронная почта' },
        access: personalDataAccess,
        admin: { readOnly: true },
      },
      {
        name: 'phone',
        type: 'text',
        label: { ru: 'Телефон' },
        access: personalDataAccess,
        admin: { readOnly: true },
      },
    ],
  },
  {
    name: 'attachment',
    type: 'upload',
    relationTo: 'inquiry-files',
    label: { ru: 'Вложение' },
    access: personalDataAccess,
    admin: { readOnly: true },
  },
]
