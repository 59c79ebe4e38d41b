import type { Field } from 'payload'

/** How the org takes materials from above: at once, or after its editor's review. */
export const incomingPolicyField: Field = {
  name: 'incomingPolicy',
  type: 'select',
  required: true,
  // The monitoring's review backlog picks the reviewing orgs of a subtree by it.
  index: true,
  defaultValue: 'auto',
  label: { ru: 'Материалы вышестоящих организаций' },
  options: [
    { value: 'auto', label: { ru: 'Показывать сразу' } },
    { value: 'review', label: { ru: 'Показывать после проверки редактором' } },
  ],
  admin: { description: { ru: 'Обязательные материалы показываются всегда.' } },
}

/** «Посещаемость» (issue 18): visits, views, top pages and referring sites of the org's site. */
export const siteVisitsField: Field = {
  name: 'siteVisits',
  type: 'ui',
  label: { ru: 'Посещаемость' },
  admin: {
    components: { Field: '/components/SiteVisits#SiteVisits' },
    condition: (data) => Boolean(data?.id),
  },
}
