import type { CollectionConfig, Field } from 'payload'
import { proposalListFilter } from '../../orgChoice/orgChoiceFilters'
import { postField } from '../../fields/postField'
import { canCreateContent } from '../../access/canCreateContent'
import { contentInScope } from '../../access/contentInScope'
import { importFields } from '../../fields/importFields'
import { reachFields } from '../../fields/reachFields'
import { deriveReach } from '../../hooks/deriveReach'
import { checkNamedOrgs } from '../../hooks/checkNamedOrgs'
import { internalField } from '../../security/internalField'
import { decidesProposal } from './access/decidesProposal'
import { readProposals, withdrawProposal } from './access/proposalAccess'
import { decideProposalEndpoint } from './endpoints/decideProposal'
import { orgsAboveOptions } from './fields/orgsAboveOptions'
import { reasonRequiredWhenDeclining } from './fields/reasonRequiredWhenDeclining'
import { actOnDecision } from './hooks/actOnDecision'
import { prepareProposal } from './hooks/prepareProposal'

const STATUS_LABELS = {
  pending: 'Ожидает решения',
  accepted: 'Принято',
  declined: 'Отклонено',
} as const

/** Set once: what is proposed and to whom never changes (prepareProposal keeps them too). */
const fixedOnceCreated = { update: () => false }

/**
 * Local news proposed upward. The receiving org decides in its inbox; accepting reposts the
 * item with the receiver's reach, declining records a reason the proposer sees.
 */
export const Proposals: CollectionConfig = {
  slug: 'proposals',
  labels: { singular: { ru: 'Предложение' }, plural: { ru: 'Предложения' } },
  admin: {
    // Follows the org chosen in the switcher (issue 19).
    baseFilter: proposalListFilter,
    // The post's title («Отчёт о субботнике»), not the proposal's number.
    useAsTitle: 'title',
    defaultColumns: ['title', 'fromOrganization', 'organization', 'status', 'createdAt'],
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
  hooks: {
    beforeChange: [prepareProposal, deriveReach, checkNamedOrgs],
    afterChange: [actOnDecision],
  },
  endpoints: [decideProposalEndpoint],
  fields: [
    {
      ...postField(),
      access: fixedOnceCreated,
      // Published posts on a new proposal (prepareProposal refuses drafts and other orgs' news);
      // a saved one keeps its post even if it is unpublished later, so deciding still works.
      filterOptions: ({ id }: { id?: number | string }) =>
        id ? true : { _status: { equals: 'published' } },
    },
    {
      // Read through the post, never stored: the proposal is titled by what it proposes.
      name: 'title',
      type: 'text',
      virtual: 'post.title',
      label: { ru: 'Заголовок материала' },
      admin: { hidden: true },
    },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: 'organizations',
      required: true,
      index: true,
      label: { ru: 'Кому предложено' },
      access: fixedOnceCreated,
      filterOptions: orgsAboveOptions,
      admin: {
        description: {
          ru: 'Только организации выше организации материала: вышестоящие по структуре и объединения, в которые она входит.',
        },
      },
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
      access: { create: () => false, update: decidesProposal },
      admin: { position: 'sidebar' },
    },
    {
      name: 'reason',
      type: 'textarea',
      label: { ru: 'Причина отказа' },
      access: { create: () => false, update: decidesProposal },
      validate: reasonRequiredWhenDeclining,
      admin: {
        position: 'sidebar',
        condition: (data) => data?.status === 'declined',
        components: { Label: '/components/proposals/ReasonLabel#ReasonLabel' },
      },
    },
    // Accepting puts the item on the receiver's own site unless it chooses to pass it on: a ППО's
    // story must not land on every sibling ППО's site because nobody changed a default.
    ...reachFields('own').map((field): Field =>
      field.type === 'group' && 'name' in field && field.name === 'reach'
        ? { ...field, access: { create: () => false, update: decidesProposal } }
        : field,
    ),
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
        name: 'orgLineage',
        label: { ru: 'Цепочка организации' },
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
