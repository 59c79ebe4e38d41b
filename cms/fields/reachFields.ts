import type { Field, Where } from 'payload'
import { ORG_KIND_SHORT_LABELS, ORG_KINDS } from '../../domain/org/orgKinds'
import { internalField } from '../security/internalField'

const SCOPE_LABELS = {
  own: 'Только на сайте организации',
  children: 'Непосредственно нижестоящим',
  subtree: 'Всем нижестоящим',
} as const

/** The most organizations one reach may name: the feed query checks each reader against them. */
export const NAMED_ORGS_MAX = 50

/**
 * Organizations named in a reach, offered from below the item's own organization (structurally;
 * validateNamedOrgs also accepts member organizations, as the item travels to them too).
 */
function namedOrgsField(name: 'within' | 'except', ru: string, description: string): Field {
  return {
    name,
    type: 'relationship',
    relationTo: 'organizations',
    hasMany: true,
    maxRows: NAMED_ORGS_MAX,
    label: { ru },
    // The picker offers the structure below and the direct members; an org further down a
    // member's subtree may be named too. Payload would refuse it against these options, so the
    // field checks only the count, and checkNamedOrgs checks the names along the real edges.
    filterOptions: ({ data }): Where | false => {
      const owner = (data as { organization?: unknown })?.organization
      const id = typeof owner === 'object' && owner !== null ? (owner as { id: unknown }).id : owner
      if (typeof id !== 'number' && typeof id !== 'string') return false
      return { or: [{ ancestors: { contains: id } }, { memberships: { contains: id } }] }
    },
    validate: (value: unknown) =>
      Array.isArray(value) && value.length > NAMED_ORGS_MAX
        ? `Назовите не больше ${NAMED_ORGS_MAX} организаций.`
        : true,
    admin: {
      condition: (_, sibling) => sibling?.scope !== 'own',
      description: { ru: description },
    },
  }
}

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
        // Reach by name (issue 19): these unions, that region — or all but them.
        namedOrgsField(
          'within',
          'Только в структуры',
          'Получат только эти организации и их нижестоящие. Пусто — все.',
        ),
        namedOrgsField(
          'except',
          'Кроме структур',
          'Эти организации и их нижестоящие материал не получат.',
        ),
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
    internalField(
      {
        // Whether the reach names organizations: most items name none, and the feed query looks
        // the names up only for those that do.
        name: 'reachNamed',
        type: 'group',
        label: { ru: 'Распространение по названиям' },
        admin: { hidden: true },
        fields: [
          { name: 'within', type: 'checkbox', label: { ru: 'Только в структуры' } },
          { name: 'except', type: 'checkbox', label: { ru: 'Кроме структур' } },
        ],
      },
      'staff',
    ),
  ]
}
