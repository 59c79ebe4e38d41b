import type { Field } from 'payload'
import { internalField } from '../security/internalField'

export const LAST_EDITED_BY = 'lastEditedBy'

/**
 * Who saved the document last, so that an editor whose save is refused as stale learns whom to
 * ask. Set by `refuseStaleSave` on every save, never through the API; staff only (the public
 * reads posts, not who wrote them). Hidden in the form: the refusal names the person.
 */
export function lastEditedByField(): Field {
  return internalField(
    {
      name: LAST_EDITED_BY,
      type: 'relationship',
      relationTo: 'users',
      label: { ru: 'Последним сохранил(а)' },
      admin: { hidden: true, readOnly: true },
    },
    'staff',
  )
}
