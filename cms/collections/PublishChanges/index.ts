import type { CollectionConfig } from 'payload'

const nobody = () => false

/**
 * Changes waiting to be turned into site builds (see cms/publishing). Hooks append one row per
 * change inside the editor's transaction; a worker expands and deletes them in one transaction
 * of its own, so a change is expanded exactly once even with several workers.
 */
export const PublishChanges: CollectionConfig = {
  slug: 'publish-changes',
  labels: { singular: { ru: 'Изменение' }, plural: { ru: 'Изменения для публикации' } },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: ['post', 'local', 'media', 'identity', 'everything'],
    },
    /** Ids as text: numbers on SQL databases, ObjectIds on MongoDB. */
    { name: 'org', type: 'text' },
    { name: 'post', type: 'text' },
    { name: 'media', type: 'text' },
    { name: 'reaches', type: 'json' },
    { name: 'formerUpstream', type: 'json' },
    { name: 'reason', type: 'text' },
  ],
}
