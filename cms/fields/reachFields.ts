import type { Field } from 'payload'
import { ORG_KIND_SHORT_LABELS, ORG_KINDS } from '../../domain/org/orgKinds'
import { internalField } from '../security/internalField'

const SCOPE_LABELS = {
  own: 'Только на сайте организации',
  children: 'Непосредственно нижестоящим',
  subtree: 'Всем нижестоящим',
} as const

/**
 * The editor's choice of how far an item travels down the structure, plus the derived
 * `reachDepth` / `receivers.<kind>` flags that the feed query filters on (kept by deriveReach).
 */
export function reachFields(defaultScope: keyof typeof SCOPE_LABELS): Field[] {
  return [
    {
      name: 'reach',
      type: 'group',
      label: { ru: 'Распространение' },
      admin: {
        position: 'sidebar',
        description: {
          ru: 'Куда материал попадёт сам: на сайты нижестоящих и организаций-членов.',
        },
        // Not shown for an org with nobody below it (issue 19).
        components: { Field: '/components/reach/ReachGroup#ReachGroup' },
      },
      fields: [
        {
          name: 'scope',
          type: 'select',
          required: true,
          defaultValue: defaultScope,
          label: { ru: 'Кому' },
          options: Object.entries(SCOPE_LABELS).map(([value, ru]) => ({ value, label: { ru } })),
        },
        {
          name: 'maxDepth',
          type: 'number',
          min: 1,
          max: 10,
          label: { ru: 'Не глубже (уровней)' },
          admin: { condition: (_, sibling) => sibling?.scope === 'subtree' },
        },
        {
          name: 'kinds',
          type: 'select',
          hasMany: true,
          label: { ru: 'Только организациям уровня' },
          options: ORG_KINDS.map((value) => ({
            value,
            label: { ru: ORG_KIND_SHORT_LABELS[value] },
          })),
          admin: {
            condition: (_, sibling) => sibling?.scope !== 'own',
            description: { ru: 'Пусто — всем уровням.' },
          },
        },
      ],
    },
    {
      name: 'reachPreview',
      type: 'ui',
      label: { ru: 'Кто получит материал' },
      admin: {
        position: 'sidebar',
        components: { Field: '/components/ReachPreview#ReachPreview' },
      },
    },
    // Staff read the derived reach: the editor's own afterChange hooks turn it into site changes.
    internalField(
      {
        name: 'reachDepth',
        type: 'number',
        index: true,
        label: { ru: 'Глубина распространения' },
        admin: { hidden: true },
      },
      'staff',
    ),
    internalField(
      {
        // One flag column per kind rather than a hasMany select: filtering on a column of the posts
        // table is several times faster than joining the select's own table on every feed query.
        name: 'receivers',
        type: 'group',
        label: { ru: 'Уровни получателей' },
        admin: { hidden: true },
        fields: ORG_KINDS.map((kind) => ({
          name: kind,
          type: 'checkbox' as const,
          label: { ru: ORG_KIND_SHORT_LABELS[kind] },
        })),
      },
      'staff',
    ),
  ]
}
