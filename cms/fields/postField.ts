import type { RelationshipField } from 'payload'

/** The post a syndication record (repost, decision, proposal) is about. */
export const postField = (): RelationshipField => ({
  name: 'post',
  type: 'relationship',
  relationTo: 'posts',
  required: true,
  index: true,
  label: { ru: 'Материал' },
})
