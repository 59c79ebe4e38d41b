import type { Field } from 'payload'

/**
 * Russian labels for the fields Payload adds to every upload collection: it labels most through
 * its translations, but `mimeType`, `thumbnailURL` and `url` carry hard-coded English («MIME
 * Type», «Thumbnail URL», «URL») into the list's column picker and filters (issue 19). A field of
 * the same name in the collection is merged over Payload's own (mergeBaseFields): only the label
 * changes; its hooks, validation and hidden/read-only settings stay Payload's.
 */
export function russianUploadFields(): Field[] {
  return [
    { name: 'mimeType', type: 'text', label: { ru: 'Тип файла' } },
    { name: 'thumbnailURL', type: 'text', label: { ru: 'Адрес миниатюры' } },
    { name: 'url', type: 'text', label: { ru: 'Адрес файла' } },
  ]
}

/**
 * An image size's copies are for the sites, not for the editor's list: kept out of its columns,
 * filters and grouping, where they would show under their English names («card», «wide»).
 */
export const SIZE_OUT_OF_LISTS = {
  disableGroupBy: true,
  disableListColumn: true,
  disableListFilter: true,
} as const
