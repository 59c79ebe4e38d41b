import type { Field } from 'payload'
import { HOSTING_MODE_LABELS, HOSTING_MODES } from '../../../../domain/contentTypes'
import { validateDomain } from '../../../fields/validators'
import { platformAdminField } from '../access/platformAdminField'

export const hosting: Field = {
  name: 'hosting',
  type: 'group',
  label: { ru: 'Размещение сайта' },
  fields: [
    {
      name: 'mode',
      type: 'select',
      required: true,
      defaultValue: 'subdomain',
      label: { ru: 'Где находится сайт' },
      options: HOSTING_MODES.map((value) => ({ value, label: { ru: HOSTING_MODE_LABELS[value] } })),
      admin: {
        description: {
          ru: 'Небольшим ППО без своего сайта удобнее раздел на сайте вышестоящей организации.',
        },
      },
    },
    {
      name: 'networkDomain',
      type: 'text',
      index: true,
      label: { ru: 'Домен сети' },
      validate: validateDomain,
      access: { create: platformAdminField, update: platformAdminField },
      admin: {
        description: {
          ru: 'Только для корня сети (например, mosfed.ru): организации ниже получат адреса вида <адрес>.mosfed.ru.',
        },
      },
    },
    {
      name: 'customDomain',
      type: 'text',
      index: true,
      label: { ru: 'Собственный домен' },
      validate: validateDomain,
      access: { create: platformAdminField, update: platformAdminField },
      admin: { condition: (_, sibling) => sibling?.mode === 'custom' },
    },
  ],
}
