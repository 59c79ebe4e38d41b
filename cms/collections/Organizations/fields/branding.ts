import type { Field } from 'payload'
import { DEFAULT_THEME, THEME_IDS, THEME_LABELS } from '../../../../themes/ids'
import { validateAccentColor } from '../../../fields/validators'

export const branding: Field = {
  name: 'branding',
  type: 'group',
  label: { ru: 'Оформление' },
  fields: [
    {
      name: 'theme',
      type: 'select',
      required: true,
      defaultValue: DEFAULT_THEME,
      label: { ru: 'Тема брендбука' },
      options: THEME_IDS.map((value) => ({ value, label: { ru: THEME_LABELS[value] } })),
    },
    {
      name: 'accentColor',
      type: 'text',
      label: { ru: 'Акцентный цвет' },
      validate: validateAccentColor,
      admin: {
        placeholder: '#1a4f8b',
        description: {
          ru: 'Необязательно. Цвет должен быть достаточно тёмным для текста на белом фоне.',
        },
      },
    },
    { name: 'logo', type: 'upload', relationTo: 'media', label: { ru: 'Логотип' } },
  ],
}
