import type { CollectionBeforeOperationHook, Plugin, Where } from 'payload'
import { foldedField } from './foldedField'
import { foldWhere } from './foldWhere'
import { SEARCH_FIELDS } from './searchFields'

/** Rewrites a query's `like`/`contains` on the searched fields to their folded copies. */
const foldQuery =
  (fields: ReadonlySet<string>): CollectionBeforeOperationHook =>
  ({ args }) => {
    const where = (args as { where?: Where }).where
    if (where) (args as { where?: Where }).where = foldWhere(where, fields)
    return args
  }

/**
 * Search that works in Russian on every database (issue 19): each collection of SEARCH_FIELDS
 * gets a folded copy of each searched field and a first hook that points every fragment search
 * on those fields — REST, GraphQL, the Local API and the admin's own lists alike — at the
 * copies. Applied as a plugin so that the fields, the hook and `listSearchableFields` stay one.
 */
export function russianSearch(): Plugin {
  return (config) => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      const searched = SEARCH_FIELDS[collection.slug as keyof typeof SEARCH_FIELDS]
      if (!searched) return collection
      const listed = collection.admin?.listSearchableFields ?? []
      return {
        ...collection,
        admin: {
          ...collection.admin,
          listSearchableFields: [...new Set([...searched, ...listed])],
        },
        fields: [...collection.fields, ...searched.map(foldedField)],
        hooks: {
          ...collection.hooks,
          beforeOperation: [
            foldQuery(new Set(searched)),
            ...(collection.hooks?.beforeOperation ?? []),
          ],
        },
      }
    }),
  })
}
