import type { UIField } from 'payload'

/** «Посмотреть на сайте» and whether the last change is live, at the top of the sidebar. */
export const viewOnSiteField = (): UIField => ({
  name: 'viewOnSite',
  type: 'ui',
  label: { ru: 'На сайте' },
  admin: {
    position: 'sidebar',
    components: { Field: '/components/ViewOnSite#ViewOnSite' },
  },
})

/** «Предпросмотр»: the saved draft on its organization's site layout (publishing/draftPreview). */
export const draftPreviewField = (): UIField => ({
  name: 'draftPreview',
  type: 'ui',
  label: { ru: 'Предпросмотр' },
  admin: {
    position: 'sidebar',
    components: { Field: '/components/DraftPreview#DraftPreview' },
  },
})
