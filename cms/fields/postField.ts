import type { Field } from 'payload'

/** The post a syndication record (repost, decision, proposal) is about. */
export const postField = (): Field => ({
  name: 'post',
  type: 'relationship',
  relationTo: 'posts',
  required: true,
  index: true,
  label: { ru: 'Материал' },
})
