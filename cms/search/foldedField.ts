import type { TextField } from 'payload'
import { foldForSearch } from '../../domain/text/foldForSearch'
import { foldedName } from './foldedName'

/**
 * The stored folded copy of `source`. Computed on every save from the saved text, whatever a
 * caller sent for it; never shown in the admin and left out of API answers (it repeats a field
 * the caller already reads). Not indexed: a fragment search (`%слово%`) cannot use a B-tree, and
 * every list it serves is already narrowed by the editor's organizations (indexed lineages).
 */
export function foldedField(source: string): TextField {
  return {
    name: foldedName(source),
    type: 'text',
    admin: { hidden: true, disableListColumn: true, disableListFilter: true },
    hooks: {
      beforeChange: [
        ({ data, originalDoc }) => {
          const value =
            data && source in data
              ? (data as Record<string, unknown>)[source]
              : (originalDoc as Record<string, unknown> | undefined)?.[source]
          return typeof value === 'string' && value !== '' ? foldForSearch(value) : null
        },
      ],
      afterRead: [
        ({ siblingData }) => {
          delete (siblingData as Record<string, unknown>)[foldedName(source)]
          return undefined
        },
      ],
    },
  }
}
