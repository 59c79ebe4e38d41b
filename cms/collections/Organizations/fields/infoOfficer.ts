import type { Field } from 'payload'
import { validatePhone } from '../../../fields/validators'

/** The union documents require a named person responsible for information work at every level. */
export const infoOfficer: Field = {
  name: 'infoOfficer',
  type: 'group',
  label: { ru: 'Ответственный за информационную работу' },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', label: { ru: 'ФИО' } },
        { name: 'position', type: 'text', label: { ru: 'Должность' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', label: { ru: 'Телефон' }, validate: validatePhone },
        { name: 'email', type: 'email', label: { ru: 'Электронная почта' } },
      ],
    },
  ],
}
