import type { CollectionConfig } from 'payload'
import { postField } from '../../fields/postField'
import { canCreateContent } from '../../access/canCreateContent'
import { contentInScope } from '../../access/contentInScope'
import { contentListFilter } from '../../orgChoice/orgChoiceFilters'
import { importFields } from '../../fields/importFields'
import { ownerFields } from '../../fields/ownerFields'
import { checkPostLink } from '../../hooks/checkPostLink'
import { setOwnerLineage } from '../../hooks/setOwnerLineage'
import { refuseHidingMandatory } from './hooks/refuseHidingMandatory'
import { setDecisionTitle } from './hooks/setDecisionTitle'
import { decisionTitle } from '../../../domain/syndication/decisionTitle'
import type { DecisionAction } from '../../../domain/syndication/types'
import { trackLocalChange, trackLocalDelete } from '../../publishing/hooks/trackLocal'

/**
 * What a receiving org decided about one incoming item: hide it, pin it to the top of its home
 * page, or accept it from the review queue. Stored apart from the post, so the origin's edits
 * never touch them.
 */
export const FeedDecisions: CollectionConfig = {
  slug: 'feed-decisions',
  labels: { singular: { ru: 'Решение по материалу' }, plural: { ru: 'Входящие: решения' } },
  admin: {
    // The editor's own orgs, narrowed to the org chosen in the switcher (issue 19).
    baseFilter: contentListFilter,
    useAsTitle: 'title',
    defaultColumns: ['post', 'action', 'until', 'organization'],
    group: { ru: 'Распространение' },
  },
  access: {
    read: contentInScope,
    create: canCreateContent,
    update: contentInScope,
    delete: contentInScope,
  },
  indexes: [{ fields: ['organization', 'post', 'action'], unique: true }],
  hooks: {
    beforeChange: [
      setOwnerLineage,
      checkPostLink('decision'),
      refuseHidingMandatory,
      setDecisionTitle,
    ],
    afterChange: [trackLocalChange],
    afterDelete: [trackLocalDelete],
  },
  fields: [
    {
      // «Закреплён: …», written by setDecisionTitle; the admin's title (issue 19).
      name: 'title',
      type: 'text',
      label: { ru: 'Название' },
      admin: { hidden: true, readOnly: true },
      hooks: {
        // A decision saved before the title existed (SQLite keeps no backfill) still reads in Russian.
        afterRead: [
          ({ value, siblingData }) =>
            value ||
            (siblingData?.action ? decisionTitle(siblingData.action as DecisionAction) : value),
        ],
      },
    },
    postField(),
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      label: { ru: 'Решение' },
      options: [
        { value: 'hide', label: { ru: 'Скрыть' } },
        { value: 'pin', label: { ru: 'Закрепить' } },
        { value: 'accept', label: { ru: 'Принять' } },
      ],
    },
    {
      name: 'until',
      type: 'date',
      label: { ru: 'Закрепить до' },
      admin: {
        condition: (_, sibling) => sibling?.action === 'pin',
        date: { displayFormat: 'dd.MM.yyyy' },
      },
    },
    ...ownerFields(),
    ...importFields(),
  ],
}
