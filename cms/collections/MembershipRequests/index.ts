import type { CollectionConfig } from 'payload'
import { membershipListFilter } from '../../orgChoice/orgChoiceFilters'
import { canRequestMembership } from './access/canRequestMembership'
import { decideMembershipRequest } from './access/decideMembershipRequest'
import { readMembershipRequests } from './access/readMembershipRequests'
import { withdrawMembershipRequest } from './access/withdrawMembershipRequest'
import { applyMembershipDecision } from './hooks/applyMembershipDecision'
import { prepareMembershipRequest } from './hooks/prepareMembershipRequest'
import { internalField } from '../../security/internalField'

const STATUS_LABELS = {
  pending: 'Ожидает решения',
  accepted: 'Принята',
  declined: 'Отклонена',
} as const

/**
 * Membership in an org outside one's own admin scope (chiefly a ТООП) is asked for, not declared:
 * the joining org's admins file a request, the target org's admins accept or decline it, and
 * accepting adds the membership (and with it syndication and the right to propose).
 */
export const MembershipRequests: CollectionConfig = {
  slug: 'membership-requests',
  labels: { singular: { ru: 'Заявка на членство' }, plural: { ru: 'Заявки на членство' } },
  graphQL: { singularName: 'MembershipRequest', pluralName: 'MembershipRequests' },
  admin: {
    // Follows the org chosen in the switcher (issue 19).
    baseFilter: membershipListFilter,
    defaultColumns: ['fromOrganization', 'toOrganization', 'status', 'createdAt'],
    group: { ru: 'Структура' },
    description: {
      ru: 'Заявки ваших организаций на членство в других (например, в территориальном объединении) и заявки, поданные вашим организациям.',
    },
  },
  access: {
    read: readMembershipRequests,
    create: canRequestMembership,
    update: decideMembershipRequest,
    delete: withdrawMembershipRequest,
  },
  hooks: { beforeChange: [prepareMembershipRequest], afterChange: [applyMembershipDecision] },
  fields: [
    {
      name: 'fromOrganization',
      type: 'relationship',
      relationTo: 'organizations',
      required: true,
      index: true,
      label: { ru: 'Вступающая организация' },
    },
    {
      name: 'toOrganization',
      type: 'relationship',
      relationTo: 'organizations',
      required: true,
      index: true,
      label: { ru: 'В какую организацию' },
    },
    { name: 'note', type: 'textarea', label: { ru: 'Сопроводительное письмо' } },
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
    {
      name: 'requestedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { ru: 'Кто подал' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'decidedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { ru: 'Кто принял решение' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'decidedAt',
      type: 'date',
      label: { ru: 'Дата решения' },
      admin: { position: 'sidebar', readOnly: true },
    },
    internalField(
      {
        name: 'fromLineage',
        label: { ru: 'Цепочка отправителя' },
        type: 'relationship',
        relationTo: 'organizations',
        hasMany: true,
        admin: { hidden: true },
      },
      'staff',
    ),
    internalField(
      {
        name: 'toLineage',
        label: { ru: 'Цепочка получателя' },
        type: 'relationship',
        relationTo: 'organizations',
        hasMany: true,
        admin: { hidden: true },
      },
      'staff',
    ),
  ],
}
