import type { Field } from 'payload'

/**
 * Where a document came from in an import bundle (`<namespace>:<kind>:<key>`) and a hash of the
 * imported entry, so re-running an import updates only what changed in the bundle.
 */
export function importFields(): Field[] {
  return [
    {
      name: 'importKey',
      type: 'text',
      unique: true,
      index: true,
      label: { ru: 'Ключ импорта' },
      admin: { hidden: true, readOnly: true },
    },
    {
      name: 'importHash',
      type: 'text',
      label: { ru: 'Контрольная сумма импорта' },
      admin: { hidden: true, readOnly: true },
    },
  ]
}
