import type { CollectionBeforeChangeHook } from 'payload'

/** The publication date is the one readers see; it is set when a post is first published. */
export const setPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status === 'published' && !data.publishedAt && !originalDoc?.publishedAt) {
    data.publishedAt = new Date().toISOString()
  }
  return data
}
