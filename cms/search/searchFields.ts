import type { CollectionSlug } from 'payload'

/**
 * The text fields each editor's list searches (its search box and the relationship pickers'
 * type-ahead), compared case- and ё-insensitively through their folded copies. One list: the
 * russianSearch plugin makes these the collections' `listSearchableFields` too.
 */
export const SEARCH_FIELDS: Partial<Record<CollectionSlug, readonly string[]>> = {
  posts: ['title', 'lead'],
  pages: ['title'],
  documents: ['title'],
  events: ['title', 'lead', 'place'],
  inquiries: ['title'],
  organizations: ['name', 'shortName'],
  categories: ['title'],
  media: ['alt'],
  users: ['name'],
}
