import type { Field } from 'payload'
import { internalField } from '../security/internalField'

/**
 * Where a document came from in an import bundle (`<namespace>:<kind>:<key>`) and a hash of the
 * imported entry, so re-running an import updates only what changed in the bundle. Only the
 * importer (a trusted Local API call) writes them; only platform admins read them.
 */
export function importFields(): Field[] {
  return [
    internalField({
      name: 'importKey',
      type: 'text',
      unique: true,
      index: true,
      label: { ru: 'Ключ импорта' },
      admin: { hidden: true, readOnly: true },
    }),
    internalField({
      name: 'importHash',
      type: 'text',
      label: { ru: 'Контрольная сумма импорта' },
      admin: { hidden: true, readOnly: true },
    }),
  ]
}
