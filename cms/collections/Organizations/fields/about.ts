import type { Field } from 'payload'
import { infoOfficer } from './infoOfficer'
import { leadership } from './leadership'

/** «Сведения»: the org's names, a few words about it, its members, its people. */
export const aboutFields: Field[] = [
  { name: 'name', type: 'text', required: true, label: { ru: 'Полное название' } },
  {
    type: 'row',
    fields: [
      {
        name: 'shortName',
        type: 'text',
        label: { ru: 'Краткое название' },
        admin: { placeholder: 'МФП' },
      },
      {
        name: 'memberCount',
        type: 'number',
        min: 0,
        label: { ru: 'Число членов профсоюза' },
      },
    ],
  },
  { name: 'about', type: 'textarea', label: { ru: 'Кратко об организации' } },
  leadership,
  infoOfficer,
]
