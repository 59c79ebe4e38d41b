import type { Field } from 'payload'
import { ORG_KIND_LABELS, ORG_KINDS } from '../../../../domain/org/orgKinds'
import { SLUG_MAX_LENGTH } from '../../../../domain/text/slugify'
import { slugField } from '../../../fields/slugField'
import { hosting } from './hosting'

/**
 * «Структура и адрес сайта»: the level, the place in the tree, the memberships, the address and
 * the hosting — what moves a site or a subtree, confirmed on save (OrgSaveButton) — and the
 * transfer of content to another org.
 */
export const structureFields: Field[] = [
  {
    name: 'kind',
    type: 'select',
    required: true,
    index: true,
    label: { ru: 'Уровень' },
    options: ORG_KINDS.map((value) => ({ value, label: { ru: ORG_KIND_LABELS[value] } })),
  },
  {
    name: 'parent',
    type: 'relationship',
    relationTo: 'organizations',
    index: true,
    label: { ru: 'Вышестоящая организация' },
    admin: { description: { ru: 'Структурная принадлежность.' } },
  },
  {
    name: 'memberships',
    type: 'relationship',
    relationTo: 'organizations',
    hasMany: true,
    label: { ru: 'Членство' },
    admin: {
      description: {
        ru: 'Другие вышестоящие организации, членом которых является организация (например, территориальное объединение профсоюзов). Вступить в организацию, которой вы не управляете, можно только по заявке (раздел «Заявки на членство»): её принимают администраторы той организации.',
      },
    },
  },
  slugField({
    from: 'name',
    maxLength: SLUG_MAX_LENGTH,
    inSidebar: false,
    description:
      'Станет поддоменом сайта (<адрес>.домен-сети). Латиницей, уникален в сети, а адрес сайта — на всей платформе; если оставить пустым, будет получен из названия.',
  }),
  hosting,
  {
    name: 'transferContent',
    type: 'ui',
    label: { ru: 'Перенести содержимое' },
    admin: {
      components: { Field: '/components/TransferContent#TransferContent' },
      condition: (data) => Boolean(data?.id),
    },
  },
]
