import type { Field } from 'payload'
import { validatePhone, validateUrl } from '../../../fields/validators'
import { completeAddress } from '../../../fields/completeAddress'

export const contacts: Field = {
  name: 'contacts',
  type: 'group',
  label: { ru: 'Контакты' },
  fields: [
    { name: 'address', type: 'textarea', label: { ru: 'Адрес' } },
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', label: { ru: 'Телефон' }, validate: validatePhone },
        { name: 'email', type: 'email', label: { ru: 'Электронная почта' } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'hotline',
          type: 'text',
          label: { ru: 'Горячая линия' },
          validate: validatePhone,
          admin: { description: { ru: 'Телефон горячей линии для членов профсоюза.' } },
        },
        {
          name: 'receptionHours',
          type: 'text',
          label: { ru: 'Часы приёма' },
          admin: { placeholder: 'пн–чт 9:00–18:00, пт 9:00–16:45' },
        },
      ],
    },
    {
      name: 'mapUrl',
      type: 'text',
      label: { ru: 'Ссылка на карту' },
      validate: validateUrl,
      hooks: { beforeValidate: [completeAddress] },
      admin: { description: { ru: 'Например, ссылка на Яндекс Карты с отметкой офиса.' } },
    },
  ],
}
