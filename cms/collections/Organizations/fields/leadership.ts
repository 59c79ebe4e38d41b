import type { Field } from 'payload'
import { validatePhone } from '../../../fields/validators'

/**
 * Who leads the organization, as its site shows it (home page and contacts): the chairperson and
 * the elected body. Public persons of the organization by its decision: only what is entered
 * here is published, nothing else about them.
 */
export const leadership: Field = {
  name: 'leadership',
  type: 'group',
  label: { ru: 'Руководство' },
  admin: {
    description: {
      ru: 'Публикуется на главной странице и в контактах сайта. Указывайте только то, что организация решила сделать публичным.',
    },
  },
  fields: [
    {
      name: 'chairperson',
      type: 'group',
      label: { ru: 'Председатель' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: { ru: 'ФИО' } },
            {
              name: 'position',
              type: 'text',
              label: { ru: 'Должность' },
              admin: { placeholder: 'Председатель профкома' },
            },
          ],
        },
        { name: 'photo', type: 'upload', relationTo: 'media', label: { ru: 'Фотография' } },
        {
          name: 'receptionHours',
          type: 'text',
          label: { ru: 'Часы приёма' },
          admin: { placeholder: 'вторник, четверг 14:00–17:00, каб. 12' },
        },
        {
          type: 'row',
          fields: [
            { name: 'phone', type: 'text', label: { ru: 'Телефон' }, validate: validatePhone },
            { name: 'email', type: 'email', label: { ru: 'Электронная почта' } },
          ],
        },
      ],
    },
    {
      name: 'electedBody',
      type: 'group',
      label: { ru: 'Выборный орган' },
      fields: [
        {
          name: 'title',
          type: 'text',
          label: { ru: 'Название' },
          admin: { placeholder: 'Профсоюзный комитет' },
        },
        {
          name: 'members',
          type: 'array',
          label: { ru: 'Состав' },
          labels: { singular: { ru: 'Член' }, plural: { ru: 'Члены' } },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'name', type: 'text', required: true, label: { ru: 'ФИО' } },
                {
                  name: 'role',
                  type: 'text',
                  label: { ru: 'Роль' },
                  admin: { placeholder: 'заместитель председателя' },
                },
              ],
            },
          ],
        },
      ],
    },
  ],
}
