import type { FieldHook } from 'payload'

/**
 * One row per address and site: the unique (email, organization) index only holds if the same
 * mailbox typed as Ivan@Mail.ru and ivan@mail.ru is one value.
 */
export const lowerCaseEmail: FieldHook = ({ value }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value
