import type { CollectionConfig } from 'payload'
import { postField } from '../../fields/postField'
import { canCreateContent } from '../../access/canCreateContent'
import { contentInScope } from '../../access/contentInScope'
import { importFields } from '../../fields/importFields'
import { reachFields } from '../../fields/reachFields'
import { deriveReach } from '../../hooks/deriveReach'
import { internalField } from '../../security/internalField'
import { readProposals, withdrawProposal } from './access/proposalAccess'
import { actOnDecision } from './hooks/actOnDecision'
import { prepareProposal } from './hooks/prepareProposal'

const STATUS_LABELS = {
  pending: 'Ожидает решения',
  accepted: 'Принято',
  declined: 'Отклонено',
} as const

/**
 * Local news proposed upward. The receiving org decides in its inbox; accepting reposts the
 * item with the receiver's reach, declining records a reason the proposer sees.
 */
export const Proposals: CollectionConfig = {
  slug: 'proposals',
  labels: { singular: { ru: 'Предложение' }, plural: { ru: 'Предложения' } },
  admin: {
    defaultColumns: ['post', 'fromOrganization', 'organization', 'status', 'createdAt'],
    group: { ru: 'Распространение' },
    description: {
      ru: 'Новости нижестоящих организаций, предложенные вам (и ваши предложения вышестоящим).',
    },
  },
  access: {
    read: readProposals,
    create: canCreateContent,
    update: contentInScope,
    delete: withdrawProposal,
  },
  indexes: [{ fields: ['post', 'organization'], unique: true }],
  hooks: { beforeChange: [prepareProposal, deriveReach], afterChange: [actOnDecision] },
  fields: [
    postField(),
    {
      name: 'organization',
      type: 'relationship',
      relationTo: 'organizations',
      required: true,
      index: true,
      label: { ru: 'Кому предложено' },
    },
    { name: 'note', type: 'textarea', label: { ru: 'Комментарий предлагающего' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      label: { ru: 'Решение' },
      options: Object.entries(STATUS_LABELS).map(([value, ru]) => ({ value, label: { ru } })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'reason',
      type: 'textarea',
      label: { ru: 'Причина отказа' },
      admin: { position: 'sidebar', condition: (data) => data?.status === 'declined' },
    },
    ...reachFields('subtree'),
    {
      name: 'decidedAt',
      type: 'date',
      label: { ru: 'Дата решения' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'fromOrganization',
      type: 'relationship',
      relationTo: 'organizations',
      index: true,
      label: { ru: 'Кто предложил' },
      admin: { readOnly: true },
    },
    // Both sides' lineages scope access; prepareProposal sets them, nobody writes them.
    internalField(
      {
        name: 'fromLineage',
        type: 'relationship',
        relationTo: 'organizations',
        hasMany: true,
        admin: { hidden: true },
      },
      'staff',
    ),
    internalField(
      {
        name: 'orgLineage',
        type: 'relationship',
        relationTo: 'organizations',
        hasMany: true,
        admin: { hidden: true },
      },
      'staff',
    ),
    ...importFields(),
  ],
}
